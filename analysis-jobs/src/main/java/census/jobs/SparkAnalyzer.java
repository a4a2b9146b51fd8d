package census.jobs;

import census.pipeline.AnalyzeStep;
import census.pipeline.Analyzer;
import census.warehouse.Warehouse;
import com.google.auto.service.AutoService;
import java.util.List;

/** The pipeline's analyze step: {@link Analysis} on a session of its own. */
@AutoService(Analyzer.class)
public final class SparkAnalyzer implements Analyzer {
  @Override
  public List<String> analyze(String warehouse, AnalyzeStep step, String runId) throws Exception {
    // Spark's classes stay out of this class's signatures: the pipeline finds it with
    // ServiceLoader, and only running it loads Spark.
    return Analysis.run(new Warehouse(warehouse), step, runId);
  }
}
