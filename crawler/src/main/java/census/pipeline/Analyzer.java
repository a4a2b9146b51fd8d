package census.pipeline;

import java.util.List;

/**
 * What the analyze step does, provided by analysis-jobs ({@code census.jobs}) as a service, so that
 * this module needs no Spark. Spark's classes stay out of this signature.
 */
public interface Analyzer {
  /**
   * Runs the Spark jobs {@code step} names over the warehouse and publishes their tables, with
   * their fingerprints under {@code runId}; returns the jobs skipped as unchanged.
   */
  List<String> analyze(String warehouse, AnalyzeStep step, String runId) throws Exception;
}
