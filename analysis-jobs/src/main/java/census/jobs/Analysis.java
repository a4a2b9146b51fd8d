package census.jobs;

import census.warehouse.TableSchema;
import census.warehouse.Warehouse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What {@code census analyze} does: start Spark, run the jobs, publish their tables together. */
public final class Analysis {
  private static final Logger LOG = LoggerFactory.getLogger(Analysis.class);

  private Analysis() {}

  /** Runs the named jobs (all when {@code only} is empty) on a session at {@code master}. */
  public static void run(
      Warehouse warehouse, String master, Map<String, String> conf, List<String> only)
      throws Exception {
    List<AnalysisJob> jobs = selected(jobs(), only);
    SparkSession spark = SparkSessions.start(master, conf);
    try {
      run(spark, warehouse, jobs);
    } finally {
      spark.stop();
    }
  }

  /** Runs the jobs in order and publishes all their tables at once. */
  public static void run(SparkSession spark, Warehouse warehouse, List<AnalysisJob> jobs)
      throws Exception {
    JobInputs inputs = JobInputs.of(spark, warehouse);
    try (Warehouse.Staging staging =
        warehouse.stage("analyze-" + UUID.randomUUID().toString().substring(0, 8))) {
      for (AnalysisJob job : jobs) {
        long start = System.nanoTime();
        Map<String, Dataset<Row>> outputs = job.run(inputs);
        for (TableSchema table : job.outputs()) {
          Dataset<Row> frame = outputs.get(table.name());
          if (frame == null) {
            throw new IllegalStateException(job.name() + " did not compute " + table.name());
          }
          frame
              .coalesce(1)
              .write()
              .mode(SaveMode.Overwrite)
              .parquet(staging.tablePath(table.name()).toString());
        }
        LOG.info("job {} took {} ms", job.name(), (System.nanoTime() - start) / 1_000_000);
      }
      staging.publish();
    }
  }

  public static List<AnalysisJob> jobs() {
    List<AnalysisJob> jobs = new ArrayList<>();
    ServiceLoader.load(AnalysisJob.class).forEach(jobs::add);
    jobs.sort(java.util.Comparator.comparing(AnalysisJob::name));
    return jobs;
  }

  static List<AnalysisJob> selected(List<AnalysisJob> all, List<String> names) {
    if (names == null || names.isEmpty()) {
      return all;
    }
    List<AnalysisJob> chosen = new ArrayList<>();
    for (String name : names) {
      chosen.add(
          all.stream()
              .filter(j -> j.name().equals(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "no job "
                              + name
                              + "; known: "
                              + all.stream().map(AnalysisJob::name).toList())));
    }
    return chosen;
  }
}
