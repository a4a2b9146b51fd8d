package census.history;

import census.connector.ConnectorFolder;
import census.extract.ConnectorExtractor.Identity;
import census.rules.FindingSummary;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history crawl's checks as a cache for the other crawls: a connector folder whose content
 * (kind, file paths and blob ids) the history checked under the current rule catalog has its
 * findings in {@code content_findings}, so it is not read and checked again. A pull request's
 * version of a folder is often one that dev held before or after it was merged.
 */
public final class ContentCache {
  private static final Logger LOG = LoggerFactory.getLogger(ContentCache.class);

  public static final ContentCache EMPTY = new ContentCache(null, null);

  private final Warehouse warehouse;
  private final String catalogVersion;
  // content hash -> its title, host and publisher; read on first use
  private Map<String, Identity> identities;

  private ContentCache(Warehouse warehouse, String catalogVersion) {
    this.warehouse = warehouse;
    this.catalogVersion = catalogVersion;
  }

  /**
   * The contents the published history checked with {@code catalogVersion}, read when first asked
   * for (a crawl with nothing to check reads nothing); none when there is no history or it cannot
   * be read, and then everything is checked, as without a cache.
   */
  public static ContentCache open(Warehouse warehouse, String catalogVersion) {
    return new ContentCache(warehouse, catalogVersion);
  }

  private synchronized Map<String, Identity> identities() {
    if (identities == null) {
      identities = read();
    }
    return identities;
  }

  private Map<String, Identity> read() {
    if (warehouse == null
        || !warehouse.exists(Tables.CONNECTOR_CONTENTS)
        || !warehouse.exists(Tables.CONTENT_FINDINGS)) {
      return Map.of();
    }
    try {
      if (!warehouse.current(Tables.CONNECTOR_CONTENTS)) {
        LOG.info("connector_contents lacks columns of this build, so it is not used");
        return Map.of();
      }
      Map<String, Identity> read = new HashMap<>();
      // Not the API surface, by far the widest column.
      warehouse.forEach(
          Tables.CONNECTOR_CONTENTS.project(
              List.of(
                  "content_hash", "rule_catalog_version", "problem", "title", "host", "publisher")),
          row -> {
            if (catalogVersion.equals(row.string("rule_catalog_version"))
                && row.string("problem") == null) {
              read.put(
                  row.string("content_hash"),
                  new Identity(row.string("title"), row.string("host"), row.string("publisher")));
            }
          });
      return read;
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "the history's connector_contents cannot be read, so it is not used: {}", e.toString());
      return Map.of();
    }
  }

  /** The key the history stores a folder's checks under. */
  public static String hashOf(ConnectorFolder folder) {
    return HistoryWalk.contentHash(folder.kind(), folder.files());
  }

  /** The content's title, host and publisher, if the history checked it; empty otherwise. */
  public Optional<Identity> identity(String hash) {
    return Optional.ofNullable(identities().get(hash));
  }

  /**
   * The findings of these contents as summaries, by content hash, read in one pass over the columns
   * a summary needs; an unreadable table yields none, and the caller checks those contents itself.
   */
  public Map<String, FindingSummary> summaries(Set<String> hashes) {
    Map<String, FindingSummary.Builder> found = new HashMap<>();
    if (hashes.isEmpty() || warehouse == null) {
      return Map.of();
    }
    try {
      warehouse.forEach(
          Tables.CONTENT_FINDINGS.project(
              List.of("content_hash", "file", "rule_id", "severity", "json_pointer", "message")),
          row -> {
            String hash = row.string("content_hash");
            if (hashes.contains(hash)) {
              found
                  .computeIfAbsent(hash, h -> new FindingSummary.Builder())
                  .add(
                      row.string("file"),
                      row.string("rule_id"),
                      row.string("json_pointer"),
                      row.string("message"),
                      row.string("severity"));
            }
          });
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "the history's content_findings cannot be read, so it is not used: {}", e.toString());
      return Map.of();
    }
    Map<String, FindingSummary> summaries = new HashMap<>();
    hashes.forEach(h -> summaries.put(h, FindingSummary.EMPTY));
    found.forEach((h, b) -> summaries.put(h, b.build()));
    return summaries;
  }

  /**
   * Each {@code content_findings} row of these contents in turn, for a caller that copies them and
   * read their {@link #summaries} before.
   */
  public void forEachFinding(Set<String> hashes, Warehouse.RowSink sink) throws IOException {
    if (hashes.isEmpty() || warehouse == null) {
      return;
    }
    warehouse.forEach(
        Tables.CONTENT_FINDINGS,
        row -> {
          if (hashes.contains(row.string("content_hash"))) {
            sink.accept(row);
          }
        });
  }

  /**
   * The API surfaces the history stored for these contents, by content hash, read in one pass (the
   * widest column, so only when asked); an unreadable table yields none.
   */
  public Map<String, ApiSurface> surfaces(Set<String> hashes) {
    Map<String, ApiSurface> found = new HashMap<>();
    if (hashes.isEmpty() || warehouse == null) {
      return found;
    }
    try {
      warehouse.forEach(
          Tables.CONNECTOR_CONTENTS.project(List.of("content_hash", "api_surface")),
          row -> {
            if (hashes.contains(row.string("content_hash")) && row.string("api_surface") != null) {
              found.put(row.string("content_hash"), ApiSurface.fromJson(row.string("api_surface")));
            }
          });
    } catch (IOException | RuntimeException e) {
      LOG.warn("the history's API surfaces cannot be read, so they are not used: {}", e.toString());
      found.clear();
    }
    return found;
  }
}
