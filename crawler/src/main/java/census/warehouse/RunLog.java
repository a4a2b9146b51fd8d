package census.warehouse;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records a census command in the {@code runs} table. A run is timed step by step; {@link #finish}
 * appends its row to the rows already there and publishes the table.
 */
public final class RunLog {
  private final String runId = UUID.randomUUID().toString();
  private final String command;
  private final Instant started = Instant.now();
  private final List<String> steps = new ArrayList<>();
  private final List<String> counts = new ArrayList<>();
  private String repo;
  private String ref;
  private String tip;
  private String catalogVersion;

  public RunLog(String command) {
    this.command = command;
  }

  public String runId() {
    return runId;
  }

  public void step(String name, long millis) {
    steps.add(name + "=" + millis);
  }

  public void counts(Map<String, Long> rowCounts) {
    rowCounts.forEach((table, n) -> counts.add(table + "=" + n));
  }

  public void source(String repo, String ref, String tip, String catalogVersion) {
    this.repo = repo;
    this.ref = ref;
    this.tip = tip;
    this.catalogVersion = catalogVersion;
  }

  /** Appends this run to the warehouse's runs table; {@code error} is null for a success. */
  public void finish(Warehouse warehouse, String error) throws IOException {
    List<Row> rows = new ArrayList<>(warehouse.read(Tables.RUNS));
    rows.add(
        Tables.RUNS
            .row()
            .set("run_id", runId)
            .set("command", command)
            .set("started_at", started)
            .set("finished_at", Instant.now())
            .set("status", error == null ? "succeeded" : "failed")
            .set("repo", repo)
            .set("ref", ref)
            .set("repo_tip", tip)
            .set("rule_catalog_version", catalogVersion)
            .set("steps", steps)
            .set("row_counts", counts)
            .set("error", error)
            .build());
    try (Warehouse.Staging staging = warehouse.stage("runs-" + runId)) {
      staging.write(Tables.RUNS, rows);
      staging.publish();
    }
  }
}
