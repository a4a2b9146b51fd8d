package census.crawl;

import census.git.RepositorySync;
import census.rules.RuleCatalog;
import census.rules.RuleEngine;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.jgit.lib.Repository;

/** The crawl as one step: read the mirror at a ref, write and publish the crawler's tables. */
public final class CrawlStep {
  private CrawlStep() {}

  /** What a crawl wrote. */
  public record Result(String ref, String commitId, Map<String, Long> rowCounts) {
    public String summary() {
      return "crawled " + ref + " at " + commitId + ": " + rowCounts;
    }
  }

  public static Result run(Path workdir, String warehouseLocation, String ref, String stagingId)
      throws IOException {
    return run(workdir, warehouseLocation, ref, stagingId, Set.of());
  }

  /** As above, also running the opt-in rules named in {@code optIn} (e.g. Misspelling). */
  public static Result run(
      Path workdir, String warehouseLocation, String ref, String stagingId, Set<String> optIn)
      throws IOException {
    Warehouse warehouse = new Warehouse(warehouseLocation);
    RuleCatalog catalog = RuleCatalog.standard();
    try (Repository repo = RepositorySync.open(workdir);
        Warehouse.Staging staging =
            warehouse.stage(stagingId + "-" + UUID.randomUUID().toString().substring(0, 8))) {
      SnapshotCrawler.Snapshot snapshot =
          new SnapshotCrawler(repo, new RuleEngine(catalog, optIn)).crawl(ref);
      staging.write(Tables.CONNECTORS, snapshot.connectors());
      staging.write(Tables.OPERATIONS, snapshot.operations());
      staging.write(Tables.FINDINGS, snapshot.findings());
      staging.publish();
      Map<String, Long> counts = new LinkedHashMap<>();
      counts.put(Tables.CONNECTORS.name(), (long) snapshot.connectors().size());
      counts.put(Tables.OPERATIONS.name(), (long) snapshot.operations().size());
      counts.put(Tables.FINDINGS.name(), (long) snapshot.findings().size());
      return new Result(ref, snapshot.commitId(), counts);
    }
  }
}
