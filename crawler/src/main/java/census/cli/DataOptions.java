package census.cli;

import census.pipeline.Locations;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where Census keeps its state. By default everything lives under one data folder ({@code --data},
 * or {@code $CENSUS_DATA}, or {@code ./census-data}): the git mirror in {@code repo/}, the tables
 * in {@code warehouse/}, the report in {@code report/}.
 */
public final class DataOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Data folder holding repo/, warehouse/ and report/ (default: $CENSUS_DATA or ./census-data).")
  Path data;

  @Option(
      names = "--workdir",
      paramLabel = "DIR",
      description = "Folder of the git mirror (default: DATA/repo).")
  Path workdir;

  @Option(
      names = "--warehouse",
      paramLabel = "DIR|URI",
      description = "Warehouse folder or Hadoop URI (default: DATA/warehouse).")
  String warehouse;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Report folder (default: DATA/report).")
  Path out;

  public Path data() {
    return data != null ? data : Locations.defaultData();
  }

  public Path workdir() {
    return locations().workdir();
  }

  public String warehouse() {
    return locations().warehouse();
  }

  public Path out() {
    return locations().out();
  }

  /** The locations these options give, for the pipeline's steps. */
  public Locations locations() {
    Locations defaults = Locations.under(data());
    return new Locations(
        workdir != null ? workdir : defaults.workdir(),
        warehouse != null ? warehouse : defaults.warehouse(),
        out != null ? out : defaults.out());
  }
}
