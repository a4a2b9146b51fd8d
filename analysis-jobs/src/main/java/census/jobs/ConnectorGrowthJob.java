package census.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import census.warehouse.TableSchema;
import census.warehouse.Tables;
import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Connectors in the repository month by month from the history crawl ({@code connector_growth}):
 * the report overview's growth chart. A connector counts from the version that added (or re-added)
 * it until one that deleted it.
 */
@AutoService(AnalysisJob.class)
public final class ConnectorGrowthJob implements AnalysisJob {
  @Override
  public String name() {
    return "connector-growth";
  }

  @Override
  public List<TableSchema> outputs() {
    return List.of(Tables.CONNECTOR_GROWTH);
  }

  @Override
  public Map<String, Dataset<Row>> run(JobInputs inputs) {
    return Map.of(
        Tables.CONNECTOR_GROWTH.name(),
        SparkSchemas.conform(
            byMonth(arrivals(inputs.table(Tables.CONNECTOR_VERSIONS))), Tables.CONNECTOR_GROWTH));
  }

  /**
   * Reads connector_id, commit_time and change of {@code connector_versions}; keeps the versions
   * that change whether their connector is in the repository (the first one, a deletion after a
   * version, a version after a deletion), with {@code deleted}.
   */
  static Dataset<Row> arrivals(Dataset<Row> versions) {
    return versions
        .filter(col("connector_id").isNotNull().and(col("commit_time").isNotNull()))
        .withColumn("deleted", col("change").equalTo("deleted"))
        .withColumn(
            "was_deleted",
            lag(col("deleted"), 1, true)
                .over(Window.partitionBy("connector_id").orderBy("commit_time", "commit_id")))
        .filter(col("deleted").notEqual(col("was_deleted")));
  }

  /** Per month, arrivals less deletions and the running total, by month. */
  static Dataset<Row> byMonth(Dataset<Row> arrivals) {
    return arrivals
        .groupBy(date_format(col("commit_time"), "yyyy-MM").as("month"))
        .agg(sum(when(col("deleted"), -1L).otherwise(1L)).as("net_change"))
        // One row per month, so the running total needs the whole table in one partition.
        .withColumn("total", sum("net_change").over(Window.orderBy("month")))
        .orderBy("month");
  }
}
