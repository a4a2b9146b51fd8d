package census.jobs;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode_outer;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import census.warehouse.TableSchema;
import census.warehouse.Tables;
import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Connectors of the crawled commit counted by kind, publisher, auth kind, category and conformance
 * ({@code connector_counts}): the figures of the report's overview, conformance cards and summary.
 */
@AutoService(AnalysisJob.class)
public final class ConnectorCountsJob implements AnalysisJob {
  @Override
  public String name() {
    return "connector-counts";
  }

  @Override
  public List<TableSchema> outputs() {
    return List.of(Tables.CONNECTOR_COUNTS);
  }

  @Override
  public Map<String, Dataset<Row>> run(JobInputs inputs) {
    return Map.of(
        Tables.CONNECTOR_COUNTS.name(),
        SparkSchemas.conform(counts(inputs.table(Tables.CONNECTORS)), Tables.CONNECTOR_COUNTS));
  }

  /**
   * Reads kind, publisher, auth_kinds, categories, error_count and warning_count of {@code
   * connectors}; writes dimension, value and connectors, by dimension, most connectors first, then
   * by value.
   */
  static Dataset<Row> counts(Dataset<Row> connectors) {
    return by(connectors, "kind", col("kind"))
        .union(by(connectors, "publisher", col("publisher")))
        .union(by(connectors, "auth_kind", eachOf("auth_kinds")))
        .union(by(connectors, "category", eachOf("categories")))
        .union(by(connectors, "conformance", conformance()))
        .orderBy(col("dimension"), col("connectors").desc(), col("value").asc_nulls_first());
  }

  /** Connectors per value of {@code value}, under {@code dimension}. */
  static Dataset<Row> by(Dataset<Row> connectors, String dimension, Column value) {
    return connectors
        .select(lit(dimension).as("dimension"), value.as("value"))
        .groupBy("dimension", "value")
        .agg(count(lit(1)).as("connectors"));
  }

  /** Each distinct value of a list column, one row per value; null for an empty list. */
  static Column eachOf(String listColumn) {
    return explode_outer(array_distinct(col(listColumn)));
  }

  /** clean, warnings_only (warnings but no error) or with_errors. */
  static Column conformance() {
    return when(col("error_count").gt(0), "with_errors")
        .when(col("warning_count").gt(0), "warnings_only")
        .otherwise("clean");
  }
}
