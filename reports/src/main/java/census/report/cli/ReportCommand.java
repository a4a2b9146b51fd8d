package census.report.cli;

import census.cli.CensusCommand;
import census.cli.DataOptions;
import census.report.SiteReporter;
import com.google.auto.service.AutoService;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@AutoService(CensusCommand.class)
@Command(
    name = "report",
    description = {
      "Render the warehouse as a static site in --out: index.html, a page per section and per",
      "connector, summary.md and csv/.",
      "The new report replaces the old one only once it is complete."
    })
public final class ReportCommand implements CensusCommand {
  @Mixin DataOptions data = new DataOptions();

  @Override
  public Integer call() throws IOException {
    System.out.println(
        "report written to " + new SiteReporter().report(data.warehouse(), data.out()));
    return 0;
  }
}
