package census.crawl;

import census.git.RepositorySync;
import census.rules.RuleCatalog;
import census.rules.RuleEngine;
import census.warehouse.ParquetTableWriter;
import census.warehouse.Row;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.jgit.lib.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The crawl as one step: read the mirror at a ref, write and publish the crawler's tables. */
public final class CrawlStep {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlStep.class);

  private CrawlStep() {}

  /** What a crawl wrote. */
  public record Result(
      String ref, String commitId, Map<String, Long> rowCounts, int checked, int reused) {
    public String summary() {
      return "crawled "
          + ref
          + " at "
          + commitId
          + ": "
          + rowCounts
          + "; "
          + checked
          + " connectors checked, "
          + reused
          + " unchanged since the last crawl";
    }
  }

  public static Result run(Path workdir, String warehouseLocation, String ref, String stagingId)
      throws IOException {
    return run(workdir, warehouseLocation, ref, stagingId, Set.of());
  }

  /**
   * As above, also running the opt-in rules named in {@code optIn} (e.g. Misspelling). Folders
   * unchanged since the last crawl with the same rules keep their rows.
   */
  public static Result run(
      Path workdir, String warehouseLocation, String ref, String stagingId, Set<String> optIn)
      throws IOException {
    return run(workdir, warehouseLocation, ref, stagingId, RuleCatalog.standard(), optIn);
  }

  /**
   * As above with {@code catalog}; folders checked under an earlier catalog run only the rules that
   * changed since.
   */
  public static Result run(
      Path workdir,
      String warehouseLocation,
      String ref,
      String stagingId,
      RuleCatalog catalog,
      Set<String> optIn)
      throws IOException {
    Warehouse warehouse = new Warehouse(warehouseLocation);
    RuleEngine engine = new RuleEngine(catalog, optIn);
    String checkVersion = engine.checkVersion();
    try (Repository repo = RepositorySync.open(workdir)) {
      String tip = SnapshotCrawler.resolve(repo, ref).name();
      PreviousCrawl previous = PreviousCrawl.read(warehouse, catalog, checkVersion);
      int published = previous.sameSnapshot(tip);
      if (published > 0) {
        LOG.info("{} is still at {} and the rules are unchanged: nothing to crawl", ref, tip);
        return new Result(
            ref, tip, Map.of(Tables.CONNECTORS.name(), (long) published), 0, published);
      }
      try (Warehouse.Staging staging =
          warehouse.stage(stagingId + "-" + UUID.randomUUID().toString().substring(0, 8))) {
        List<Row> connectors = new ArrayList<>();
        long operations;
        long findings;
        SnapshotCrawler.Snapshot snapshot;
        // Operations and findings are written as each folder is done; connector rows are few.
        try (ParquetTableWriter operationsOut = staging.newPart(Tables.OPERATIONS);
            ParquetTableWriter findingsOut = staging.newPart(Tables.FINDINGS)) {
          snapshot =
              new SnapshotCrawler(repo, engine)
                  .crawl(
                      ref,
                      previous.withRows(warehouse),
                      rows -> {
                        connectors.add(rows.connector());
                        operationsOut.writeAll(rows.operations());
                        findingsOut.writeAll(rows.findings());
                      });
          operations = operationsOut.rowCount();
          findings = findingsOut.rowCount();
        }
        staging.write(Tables.CONNECTORS, connectors);
        // The next crawl under another catalog learns from this which rules changed.
        staging.write(Tables.RULE_CATALOGS, RuleCatalogs.withCurrent(warehouse, catalog));
        staging.publish();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(Tables.CONNECTORS.name(), (long) connectors.size());
        counts.put(Tables.OPERATIONS.name(), operations);
        counts.put(Tables.FINDINGS.name(), findings);
        return new Result(ref, snapshot.commitId(), counts, snapshot.checked(), snapshot.reused());
      }
    }
  }
}
