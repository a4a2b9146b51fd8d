package census.jobs;

import census.pipeline.AnalyzeStep;
import census.pipeline.Analyzer;
import census.warehouse.Warehouse;
import com.google.auto.service.AutoService;

/** The pipeline's analyze step: {@link Analysis} on a session of its own. */
@AutoService(Analyzer.class)
public final class SparkAnalyzer implements Analyzer {
  @Override
  public void analyze(String warehouse, AnalyzeStep step) throws Exception {
    // Spark's classes stay out of this class's signatures: the pipeline finds it with
    // ServiceLoader, and only running it loads Spark.
    Analysis.run(
        new Warehouse(warehouse),
        step.master() == null ? SparkSessions.LOCAL : step.master(),
        step.conf(),
        step.jobs());
  }
}
