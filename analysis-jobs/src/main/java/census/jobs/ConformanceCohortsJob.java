package census.jobs;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import census.warehouse.TableSchema;
import census.warehouse.Tables;
import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Cohorts from the history crawl: connectors grouped by the year they were first added, and how
 * they passed the rules then and in their latest version ({@code conformance_by_cohort}).
 */
@AutoService(AnalysisJob.class)
public final class ConformanceCohortsJob implements AnalysisJob {
  @Override
  public String name() {
    return "conformance-cohorts";
  }

  @Override
  public List<TableSchema> outputs() {
    return List.of(Tables.CONFORMANCE_BY_COHORT);
  }

  @Override
  public Map<String, Dataset<Row>> run(JobInputs inputs) {
    return Map.of(
        Tables.CONFORMANCE_BY_COHORT.name(),
        SparkSchemas.conform(
            cohorts(
                inputs.table(Tables.CONNECTOR_VERSIONS), inputs.table(Tables.CONNECTOR_CONTENTS)),
            Tables.CONFORMANCE_BY_COHORT));
  }

  static Dataset<Row> cohorts(Dataset<Row> versions, Dataset<Row> contents) {
    Dataset<Row> counted =
        versions
            .join(
                contents.select("content_hash", "error_count", "finding_count"),
                versions.col("content_hash").equalTo(contents.col("content_hash")),
                "left")
            .select(
                versions.col("connector_id"),
                versions.col("kind"),
                versions.col("change"),
                versions.col("valid_from"),
                versions.col("commit_time"),
                col("error_count"),
                col("finding_count"));
    WindowSpec byConnector = Window.partitionBy("connector_id");
    Dataset<Row> first =
        ranked(counted, byConnector.orderBy(col("valid_from"), col("commit_time")))
            .select(
                year(col("valid_from")).as("cohort_year"),
                col("connector_id"),
                col("kind"),
                col("error_count").as("errors_then"),
                col("finding_count").as("findings_then"));
    Dataset<Row> latest =
        ranked(counted, byConnector.orderBy(col("valid_from").desc(), col("commit_time").desc()))
            .select(
                col("connector_id"),
                col("change").notEqual(lit("deleted")).as("live"),
                col("error_count").as("errors_now"),
                col("finding_count").as("findings_now"));
    Column live = col("live");
    return first
        .join(latest, "connector_id")
        .groupBy("cohort_year", "kind")
        .agg(
            count(lit(1)).as("connectors"),
            sum(when(live, 1).otherwise(0)).cast("long").as("still_live"),
            avg(when(col("errors_then").gt(0), 0.0).otherwise(1.0))
                .as("error_free_share_when_added"),
            avg(when(live, when(col("errors_now").gt(0), 0.0).otherwise(1.0)))
                .as("error_free_share_now"),
            avg("findings_then").as("findings_per_connector_when_added"),
            avg(when(live, col("findings_now"))).as("findings_per_connector_now"))
        .na()
        .fill(0.0)
        .orderBy("cohort_year", "kind");
  }

  private static Dataset<Row> ranked(Dataset<Row> rows, WindowSpec order) {
    return rows.withColumn("n", row_number().over(order)).where(col("n").equalTo(1));
  }
}
