package census.cli;

import census.check.CheckIndex;
import census.pipeline.Locations;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Where Census keeps its state. By default everything lives under one data folder ({@code --data},
 * or {@code $CENSUS_DATA}, or {@code ./census-data}): the git mirror in {@code repo/}, the tables
 * in {@code warehouse/}, the report in {@code report/}.
 */
public final class DataOptions {
  // The author jar leaves Hadoop and Parquet out; its classes must not be touched there.
  private static final boolean WAREHOUSE_READABLE =
      DataOptions.class.getClassLoader().getResource("org/apache/hadoop/fs/FileSystem.class")
          != null;

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

  /**
   * The warehouse, or an error saying to give a check index in a build without Hadoop and Parquet
   * (the author jar).
   */
  Warehouse openWarehouse() {
    if (!WAREHOUSE_READABLE) {
      throw new IllegalStateException(
          "this census reads no warehouse: give --index FILE|URL, the "
              + CheckIndex.FILE_NAME
              + " a nightly run publishes beside its report");
    }
    return new Warehouse(warehouse());
  }

  /** What the warehouse's latest crawl holds, if this build reads warehouses and one exists. */
  Optional<CheckIndex> crawledIndex() throws IOException {
    if (!WAREHOUSE_READABLE) {
      return Optional.empty();
    }
    Warehouse w = new Warehouse(warehouse());
    return w.exists(Tables.CONNECTORS) ? Optional.of(CheckIndex.of(w)) : Optional.empty();
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
