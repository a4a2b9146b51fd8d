package census.crawl;

import census.rules.CatalogChange;
import census.rules.RuleCatalog;
import census.warehouse.Row;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rows of the last published snapshot crawl, by connector path: a folder whose git tree and
 * check version are unchanged since then keeps its rows instead of being read and checked again, so
 * a nightly crawl costs what changed, and nothing when the tip did not move. A folder checked under
 * an earlier rule catalog whose rules the warehouse knows ({@link RuleCatalogs}) keeps its rows
 * too, with the {@link CatalogChange} that says which rules to run on it again.
 */
public final class PreviousCrawl {
  private static final Logger LOG = LoggerFactory.getLogger(PreviousCrawl.class);

  /** One folder's rows, and what changed in the catalog since its findings were made. */
  public record Folder(
      Row connector, List<Row> operations, List<Row> findings, CatalogChange change) {}

  private final Map<String, Folder> byPath;
  // the commit of the published crawl when every one of its rows has the current check version
  private final String wholeAt;

  private PreviousCrawl(Map<String, Folder> byPath, String wholeAt) {
    this.byPath = byPath;
    this.wholeAt = wholeAt;
  }

  public static PreviousCrawl none() {
    return new PreviousCrawl(Map.of(), null);
  }

  /**
   * The published connectors checked with {@code checkVersion}, or under an earlier catalog with
   * the same opt-in rules whose rules the warehouse knows (their operations and findings are read
   * by {@link #withRows}). A warehouse that cannot be read costs a full crawl, not the crawl.
   */
  public static PreviousCrawl read(Warehouse warehouse, RuleCatalog catalog, String checkVersion) {
    if (!warehouse.exists(Tables.CONNECTORS)) {
      return none();
    }
    try {
      List<Row> connectors = warehouse.read(Tables.CONNECTORS);
      Map<String, Optional<CatalogChange>> changes = new HashMap<>();
      Map<String, Folder> byPath = new HashMap<>();
      for (Row c : connectors) {
        String was = c.string("check_version");
        if (was == null || c.string("folder_tree") == null) {
          continue;
        }
        changes
            .computeIfAbsent(was, v -> changeSince(warehouse, v, catalog, checkVersion))
            .ifPresent(
                change ->
                    byPath.put(
                        c.string("path"),
                        new Folder(c, new ArrayList<>(), new ArrayList<>(), change)));
      }
      String commit = connectors.isEmpty() ? null : connectors.get(0).string("commit_id");
      boolean whole =
          byPath.size() == connectors.size()
              && byPath.values().stream().allMatch(f -> f.change().isEmpty())
              && connectors.stream().allMatch(c -> c.string("commit_id").equals(commit));
      return new PreviousCrawl(byPath, whole ? commit : null);
    } catch (IOException | RuntimeException e) {
      LOG.warn("the previous crawl cannot be reused, checking every folder: {}", e.toString());
      return none();
    }
  }

  /**
   * What changed between the check versions {@code was} and {@code now} (a catalog version, then
   * "+" and the opt-in rules): empty when the opt-in rules differ or the earlier catalog's rules
   * are unknown, so that its folders are checked again.
   */
  private static Optional<CatalogChange> changeSince(
      Warehouse warehouse, String was, RuleCatalog catalog, String now) {
    if (was.equals(now)) {
      return Optional.of(CatalogChange.NONE);
    }
    int plus = was.indexOf('+');
    String optIn = plus < 0 ? "" : was.substring(plus);
    if (!now.equals(catalog.version() + optIn)) {
      return Optional.empty();
    }
    return RuleCatalogs.since(warehouse, plus < 0 ? was : was.substring(0, plus), catalog);
  }

  /**
   * The number of connectors when the published crawl is all of commit {@code tip} with the current
   * check version (then nothing needs crawling), otherwise 0.
   */
  public int sameSnapshot(String tip) {
    return tip.equals(wholeAt) ? byPath.size() : 0;
  }

  /** Reads the reusable folders' operations and findings; on failure, reuses nothing. */
  public PreviousCrawl withRows(Warehouse warehouse) {
    if (byPath.isEmpty()) {
      return this;
    }
    try {
      for (Row o : warehouse.read(Tables.OPERATIONS)) {
        Folder f = byPath.get(o.string("connector_path"));
        if (f != null) {
          f.operations().add(o);
        }
      }
      for (Row finding : warehouse.read(Tables.FINDINGS)) {
        Folder f = byPath.get(finding.string("connector_path"));
        if (f != null) {
          f.findings().add(finding);
        }
      }
      return this;
    } catch (IOException | RuntimeException e) {
      LOG.warn("the previous crawl cannot be reused, checking every folder: {}", e.toString());
      return none();
    }
  }

  /** The folder's previous rows, if its tree is the same. */
  public Optional<Folder> unchanged(String path, String folderTree) {
    Folder f = byPath.get(path);
    return f != null && folderTree.equals(f.connector().string("folder_tree"))
        ? Optional.of(f)
        : Optional.empty();
  }
}
