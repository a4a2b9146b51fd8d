package census.jobs.bench;

import census.bench.SyntheticTitles;
import census.jobs.DuplicateTitlesJob;
import census.jobs.JobInputs;
import census.jobs.SparkSchemas;
import census.jobs.SparkSessions;
import census.warehouse.Tables;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Runs the duplicate-titles job on synthetic title sets of the sizes given (default 10k, 100k, 1M)
 * on a local session and prints, per size, the job's time, its pairs and groups, and the JVM's peak
 * heap. Run by scripts/bench-duplicates.sh.
 */
public final class DuplicateTitlesBenchmark {
  private DuplicateTitlesBenchmark() {}

  public static void main(String[] args) {
    String master = System.getProperty("census.bench.master", "local[2]");
    List<Integer> sizes =
        args.length == 0
            ? List.of(10_000, 100_000, 1_000_000)
            : java.util.Arrays.stream(args).map(Integer::valueOf).toList();
    SparkSession spark = SparkSessions.start(master);
    System.out.println("| titles | seconds | pairs | duplicate groups | peak heap (MiB) |");
    System.out.println("|---:|---:|---:|---:|---:|");
    for (int size : sizes) {
      Dataset<Row> connectors = connectors(spark, size);
      connectors.cache().count();
      resetPeaks();
      long start = System.nanoTime();
      Map<String, Dataset<Row>> out =
          new DuplicateTitlesJob().run(JobInputs.of(spark, Map.of("connectors", connectors)));
      long pairs = out.get(Tables.DUPLICATE_PAIRS.name()).count();
      long groups = out.get(Tables.DUPLICATE_GROUPS.name()).select("group_id").distinct().count();
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "| %,d | %.1f | %,d | %,d | %,d |%n", size, seconds, pairs, groups, peakHeapMiB());
      connectors.unpersist();
    }
    spark.stop();
  }

  private static Dataset<Row> connectors(SparkSession spark, int size) {
    List<Row> rows =
        SyntheticTitles.generate(size, 42).stream()
            .map(
                t -> {
                  Object[] values = new Object[Tables.CONNECTORS.columns().size()];
                  values[Tables.CONNECTORS.indexOf("kind")] = t.kind();
                  values[Tables.CONNECTORS.indexOf("folder")] = t.folder();
                  values[Tables.CONNECTORS.indexOf("path")] = t.path();
                  values[Tables.CONNECTORS.indexOf("title")] = t.title();
                  values[Tables.CONNECTORS.indexOf("host")] = t.host();
                  return RowFactory.create(values);
                })
            .toList();
    // the generator fills only the columns the job reads, so every column may be null here
    StructType nullable =
        DataTypes.createStructType(
            java.util.Arrays.stream(SparkSchemas.struct(Tables.CONNECTORS).fields())
                .map(f -> DataTypes.createStructField(f.name(), f.dataType(), true))
                .toList());
    return spark.createDataFrame(rows, nullable);
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeapMiB() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes >> 20;
  }
}
