package census.jobs;

import census.warehouse.TableSchema;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One Spark job: reads warehouse tables, returns the tables it computes. Jobs register with
 * {@code @AutoService(AnalysisJob.class)} and are run by {@code census analyze}; each is a few
 * named DataFrame transformations, testable on a local session with tiny tables.
 */
public interface AnalysisJob {
  /** Short name, for {@code census analyze --job NAME} and logs. */
  String name();

  /** The tables this job writes; {@link #run} returns one DataFrame for each. */
  List<TableSchema> outputs();

  /** Computes the outputs, keyed by table name. Nothing is written here. */
  Map<String, Dataset<Row>> run(JobInputs inputs);
}
