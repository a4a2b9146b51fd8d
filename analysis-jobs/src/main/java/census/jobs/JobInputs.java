package census.jobs;

import census.warehouse.TableSchema;
import census.warehouse.Warehouse;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The tables a job reads, as DataFrames of their documented schema. */
@FunctionalInterface
public interface JobInputs {
  /** A table's rows; a table not written yet reads as empty, with its schema. */
  Dataset<Row> table(TableSchema table);

  /** The published tables of a warehouse. */
  static JobInputs of(SparkSession spark, Warehouse warehouse) {
    return table ->
        warehouse.exists(table)
            ? SparkSchemas.read(
                spark.read().parquet(warehouse.tablePath(table.name()).toString()), table)
            : SparkSchemas.empty(spark, table);
  }

  /** Frames held in memory, keyed by table name: for jobs fed by another job, and for tests. */
  static JobInputs of(SparkSession spark, Map<String, Dataset<Row>> frames) {
    return table ->
        frames.containsKey(table.name())
            ? SparkSchemas.conform(frames.get(table.name()), table)
            : SparkSchemas.empty(spark, table);
  }
}
