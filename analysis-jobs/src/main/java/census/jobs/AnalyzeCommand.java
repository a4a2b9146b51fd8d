package census.jobs;

import census.cli.CensusCommand;
import census.cli.DataOptions;
import census.warehouse.TableSchema;
import census.warehouse.Warehouse;
import com.google.auto.service.AutoService;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@AutoService(CensusCommand.class)
@Command(
    name = "analyze",
    description = {
      "Run the Spark jobs over the warehouse and publish their tables together.",
      "local[*] by default; --master sends the same jobs to a cluster."
    })
public final class AnalyzeCommand implements CensusCommand {
  private static final Logger LOG = LoggerFactory.getLogger(AnalyzeCommand.class);

  @Mixin DataOptions data = new DataOptions();

  @Option(
      names = "--master",
      paramLabel = "URL",
      defaultValue = SparkSessions.LOCAL,
      description =
          "Spark master: local[*], local[N], spark://HOST:7077, yarn (default: ${DEFAULT-VALUE}).")
  String master;

  @Option(
      names = "--conf",
      paramLabel = "KEY=VALUE",
      description = "Extra Spark configuration, as with spark-submit (repeatable).")
  Map<String, String> conf = new java.util.LinkedHashMap<>();

  @Option(
      names = "--job",
      paramLabel = "NAME",
      description = "Run only these jobs (default: all). See `census analyze --help`.")
  List<String> only;

  @Override
  public Integer call() throws Exception {
    List<AnalysisJob> jobs = selected(jobs(), only);
    Warehouse warehouse = new Warehouse(data.warehouse());
    SparkSession spark = SparkSessions.start(master, conf);
    try {
      run(spark, warehouse, jobs);
    } finally {
      spark.stop();
    }
    return 0;
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
