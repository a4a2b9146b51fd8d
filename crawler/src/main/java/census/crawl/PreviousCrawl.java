package census.crawl;

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
 * a nightly crawl costs what changed, and nothing when the tip did not move.
 */
public final class PreviousCrawl {
  private static final Logger LOG = LoggerFactory.getLogger(PreviousCrawl.class);

  /** One folder's rows. */
  public record Folder(Row connector, List<Row> operations, List<Row> findings) {}

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
   * The published connectors checked with {@code checkVersion} (their operations and findings are
   * read by {@link #withRows}). A warehouse that cannot be read costs a full crawl, not the crawl.
   */
  public static PreviousCrawl read(Warehouse warehouse, String checkVersion) {
    if (!warehouse.exists(Tables.CONNECTORS)) {
      return none();
    }
    try {
      List<Row> connectors = warehouse.read(Tables.CONNECTORS);
      Map<String, Folder> byPath = new HashMap<>();
      for (Row c : connectors) {
        if (checkVersion.equals(c.string("check_version")) && c.string("folder_tree") != null) {
          byPath.put(c.string("path"), new Folder(c, new ArrayList<>(), new ArrayList<>()));
        }
      }
      String commit = connectors.isEmpty() ? null : connectors.get(0).string("commit_id");
      boolean whole =
          byPath.size() == connectors.size()
              && connectors.stream().allMatch(c -> c.string("commit_id").equals(commit));
      return new PreviousCrawl(byPath, whole ? commit : null);
    } catch (IOException | RuntimeException e) {
      LOG.warn("the previous crawl cannot be reused, checking every folder: {}", e.toString());
      return none();
    }
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
