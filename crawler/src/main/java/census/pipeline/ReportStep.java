package census.pipeline;

import census.warehouse.Fingerprints;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the report into the out folder, unless the report there was rendered by the same code
 * from tables unchanged since (and {@code force} is off); its result is the report's index.html.
 */
public record ReportStep(boolean force) implements Step<ReportStep.Result> {
  private static final Logger LOG = LoggerFactory.getLogger(ReportStep.class);

  /** The report's index.html, and whether it was kept as it was. */
  public record Result(Path index, boolean skipped) {}

  @Override
  public String name() {
    return "report";
  }

  @Override
  public Result run(Locations at, String runId) throws Exception {
    Reporter reporter = Services.find(Reporter.class, name());
    Warehouse warehouse = new Warehouse(at.warehouse());
    Fingerprints prints = Fingerprints.of(warehouse);
    String code = Fingerprints.code(reporter.getClass(), Warehouse.class);
    Path index = at.out().resolve("index.html");
    Optional<String> why =
        force
            ? Optional.of("--force")
            : Files.exists(index)
                ? prints.changed(Fingerprints.REPORT, code)
                : Optional.of("there is no report");
    if (why.isEmpty()) {
      LOG.info("report: its code and tables are unchanged; {} is kept", at.out());
      return new Result(index, true);
    }
    LOG.info("report: rendering, as {}", why.get());
    Path written = reporter.report(at.warehouse(), at.out());
    // Recorded once the report is in place: a run that dies between the two renders it again.
    try (Warehouse.Staging staging = warehouse.stage(runId + "-report")) {
      staging.write(
          Tables.FINGERPRINTS,
          prints.with(
              List.of(prints.computed(Fingerprints.REPORT, code, reporter.inputs(), runId))));
      staging.publish();
    }
    return new Result(written, false);
  }
}
