package census.pipeline;

import java.nio.file.Path;

/**
 * Where the pipeline keeps its state: the git mirror ({@code workdir}), the warehouse (a folder or
 * a Hadoop URI) and the report folder.
 */
public record Locations(Path workdir, String warehouse, Path out) {
  /** Everything under one data folder: the mirror in repo/, the tables in warehouse/, report/. */
  public static Locations under(Path data) {
    return new Locations(
        data.resolve("repo"), data.resolve("warehouse").toString(), data.resolve("report"));
  }

  /** The data folder when none is given: {@code $CENSUS_DATA}, or {@code ./census-data}. */
  public static Path defaultData() {
    String env = System.getenv("CENSUS_DATA");
    return Path.of(env == null || env.isBlank() ? "census-data" : env);
  }
}
