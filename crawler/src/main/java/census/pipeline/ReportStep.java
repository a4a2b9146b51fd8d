package census.pipeline;

import java.nio.file.Path;

/** Renders the report into the out folder; its result is the report's index.html. */
public record ReportStep() implements Step<Path> {
  @Override
  public String name() {
    return "report";
  }

  @Override
  public Path run(Locations at, String runId) throws Exception {
    return Services.find(Reporter.class, name()).report(at.warehouse(), at.out());
  }
}
