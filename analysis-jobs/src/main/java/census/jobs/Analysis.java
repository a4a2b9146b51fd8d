package census.jobs;

import census.pipeline.AnalyzeStep;
import census.warehouse.Fingerprints;
import census.warehouse.TableSchema;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code census analyze} does: decide which jobs must run, start Spark only if one must, run
 * them, publish their tables and fingerprints together.
 */
public final class Analysis {
  private static final Logger LOG = LoggerFactory.getLogger(Analysis.class);

  private Analysis() {}

  /**
   * Runs the jobs {@code step} names (all when none), skipping each whose code and inputs are
   * unchanged since it last ran ({@link Fingerprints}) unless {@code step.force()}; returns the
   * skipped steps.
   */
  public static List<String> run(Warehouse warehouse, AnalyzeStep step, String runId)
      throws Exception {
    Fingerprints prints = Fingerprints.of(warehouse);
    String code = code();
    boolean all = step.jobs() == null || step.jobs().isEmpty();
    if (all && !step.force() && everyJobUnchanged(prints, code)) {
      LOG.info("analyze: every job's code and inputs are unchanged; their tables are kept");
      return prints.steps(Fingerprints.job(""));
    }
    Map<AnalysisJob, String> toRun = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    for (AnalysisJob job : selected(jobs(), step.jobs())) {
      String name = Fingerprints.job(job.name());
      Optional<String> why = step.force() ? Optional.of("--force") : prints.changed(name, code);
      if (why.isPresent()) {
        toRun.put(job, why.get());
      } else {
        LOG.info("job {} skipped: its code and inputs are unchanged", job.name());
        skipped.add(name);
      }
    }
    if (toRun.isEmpty()) {
      return skipped;
    }
    SparkSession spark =
        SparkSessions.start(
            step.master() == null ? SparkSessions.LOCAL : step.master(), step.conf());
    try {
      run(spark, warehouse, toRun, prints, code, runId);
    } finally {
      spark.stop();
    }
    return skipped;
  }

  /**
   * The version of the jobs' code: this module's classes and the crawler's (schemas, matcher,
   * rules), so that any change to either recomputes every job once.
   */
  static String code() {
    return Fingerprints.code(Analysis.class, Warehouse.class);
  }

  /**
   * Whether every job ran before with this code on tables unchanged since, decided without
   * instantiating the jobs (which would load Spark): the same code has the same jobs, so one
   * recorded step per job provider means each ran.
   */
  private static boolean everyJobUnchanged(Fingerprints prints, String code) throws IOException {
    List<String> recorded = prints.steps(Fingerprints.job(""));
    if (recorded.size() != ServiceLoader.load(AnalysisJob.class).stream().count()) {
      return false;
    }
    for (String name : recorded) {
      if (prints.changed(name, code).isPresent()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Runs the jobs in order, each on inputs that record the tables it reads, and publishes all their
   * tables at once with their fingerprints.
   */
  static void run(
      SparkSession spark,
      Warehouse warehouse,
      Map<AnalysisJob, String> jobs,
      Fingerprints prints,
      String code,
      String runId)
      throws Exception {
    JobInputs published = JobInputs.of(spark, warehouse);
    List<census.warehouse.Row> computed = new ArrayList<>();
    try (Warehouse.Staging staging =
        warehouse.stage("analyze-" + UUID.randomUUID().toString().substring(0, 8))) {
      for (Map.Entry<AnalysisJob, String> entry : jobs.entrySet()) {
        AnalysisJob job = entry.getKey();
        LOG.info("job {} runs: {}", job.name(), entry.getValue());
        long start = System.nanoTime();
        Set<String> read = new TreeSet<>();
        Map<String, Dataset<Row>> outputs =
            job.run(
                table -> {
                  read.add(table.name());
                  return published.table(table);
                });
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
        computed.add(prints.computed(Fingerprints.job(job.name()), code, read, runId));
        LOG.info("job {} took {} ms", job.name(), (System.nanoTime() - start) / 1_000_000);
      }
      staging.write(Tables.FINGERPRINTS, prints.with(computed));
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
