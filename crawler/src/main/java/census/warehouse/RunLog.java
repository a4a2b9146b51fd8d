package census.warehouse;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a census command in the {@code runs} table. A run is timed step by step; {@link #finish}
 * appends its row to the rows already there and publishes the table.
 */
public final class RunLog {
  private static final Logger LOG = LoggerFactory.getLogger(RunLog.class);

  private final String runId = UUID.randomUUID().toString();
  private final String command;
  private final Instant started = Instant.now();
  private final List<String> steps = new ArrayList<>();
  private final List<String> counts = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();
  private final List<String> repairs = new ArrayList<>();
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

  /** Steps or jobs not run because nothing they read changed. */
  public void skipped(List<String> steps) {
    skipped.addAll(steps);
  }

  /** What the run found damaged and mended before going on. */
  public void repaired(String what) {
    repairs.add(what);
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

  /**
   * Records a failed run where possible; a failure to record (the disk that failed the run may
   * still be full) is attached to the run's own error rather than hiding it.
   */
  public void failed(Warehouse warehouse, Exception error) {
    try {
      finish(warehouse, error.toString());
    } catch (IOException | RuntimeException recordFailed) {
      error.addSuppressed(recordFailed);
    }
  }

  /**
   * The runs recorded so far. A runs table that cannot be read is set aside (never deleted) and the
   * log starts again, so one damaged file does not fail every later run.
   */
  private static List<Row> previousRuns(Warehouse warehouse) throws IOException {
    try {
      return warehouse.read(Tables.RUNS);
    } catch (CorruptTableException e) {
      LOG.warn("{}; setting it aside as {}", e.getMessage(), warehouse.quarantine(Tables.RUNS));
      return List.of();
    }
  }

  /** Appends this run to the warehouse's runs table; {@code error} is null for a success. */
  public void finish(Warehouse warehouse, String error) throws IOException {
    List<Row> rows = new ArrayList<>(previousRuns(warehouse));
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
            .set("skipped", skipped)
            .set("repairs", repairs)
            .build());
    try (Warehouse.Staging staging = warehouse.stage("runs-" + runId)) {
      staging.write(Tables.RUNS, rows);
      staging.publish();
    }
  }
}
