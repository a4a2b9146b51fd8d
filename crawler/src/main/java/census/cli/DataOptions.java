package census.cli;

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
    if (data != null) {
      return data;
    }
    String env = System.getenv("CENSUS_DATA");
    return Path.of(env == null || env.isBlank() ? "census-data" : env);
  }

  public Path workdir() {
    return workdir != null ? workdir : data().resolve("repo");
  }

  public String warehouse() {
    return warehouse != null ? warehouse : data().resolve("warehouse").toString();
  }

  public Path out() {
    return out != null ? out : data().resolve("report");
  }

  /** The options as arguments, to hand the same locations to another subcommand. */
  public java.util.List<String> asArguments() {
    return java.util.List.of(
        "--workdir", workdir().toString(), "--warehouse", warehouse(), "--out", out().toString());
  }
}
