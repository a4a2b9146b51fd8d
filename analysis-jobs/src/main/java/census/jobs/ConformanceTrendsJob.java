package census.jobs;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import census.warehouse.TableSchema;
import census.warehouse.Tables;
import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Conformance over time from the history crawl: per period and kind, the connectors live at the
 * period's end and how they pass the rules ({@code conformance_by_period}), and per rule the share
 * of them that pass it ({@code rule_pass_rate_by_period}). The period is a month unless {@code
 * census.history.period} says otherwise.
 */
@AutoService(AnalysisJob.class)
public final class ConformanceTrendsJob implements AnalysisJob {
  @Override
  public String name() {
    return "conformance-trends";
  }

  @Override
  public List<TableSchema> outputs() {
    return List.of(Tables.CONFORMANCE_BY_PERIOD, Tables.RULE_PASS_RATE_BY_PERIOD);
  }

  @Override
  public Map<String, Dataset<Row>> run(JobInputs inputs) {
    Dataset<Row> versions = inputs.table(Tables.CONNECTOR_VERSIONS);
    Dataset<Row> live =
        HistoryPeriods.liveAtEnd(
                versions, inputs.table(Tables.CONNECTOR_CONTENTS), HistoryPeriods.unit(versions))
            .cache();
    return Map.of(
        Tables.CONFORMANCE_BY_PERIOD.name(),
        SparkSchemas.conform(byPeriod(live), Tables.CONFORMANCE_BY_PERIOD),
        Tables.RULE_PASS_RATE_BY_PERIOD.name(),
        SparkSchemas.conform(
            ruleRates(live, inputs.table(Tables.CONTENT_FINDINGS)),
            Tables.RULE_PASS_RATE_BY_PERIOD));
  }

  static Dataset<Row> byPeriod(Dataset<Row> live) {
    return live.groupBy("period", "kind")
        .agg(
            count(lit(1)).as("connectors_live"),
            sum(when(col("error_count").gt(0), 1).otherwise(0))
                .cast("long")
                .as("connectors_with_errors"),
            avg("finding_count").as("findings_per_connector"),
            avg("error_count").as("errors_per_connector"))
        .withColumn(
            "error_free_share",
            lit(1.0).minus(col("connectors_with_errors").divide(col("connectors_live"))))
        .orderBy("period", "kind");
  }

  static Dataset<Row> ruleRates(Dataset<Row> live, Dataset<Row> findings) {
    Dataset<Row> rules = findings.select("content_hash", "rule_id", "severity").distinct();
    Dataset<Row> failing =
        live.join(rules, "content_hash")
            .groupBy("period", "kind", "rule_id", "severity")
            .agg(countDistinct("connector_id").as("connectors_failing"));
    Dataset<Row> liveCounts =
        live.groupBy("period", "kind").agg(count(lit(1)).as("connectors_live"));
    return failing
        .join(liveCounts, new String[] {"period", "kind"})
        .withColumn(
            "pass_rate", lit(1.0).minus(col("connectors_failing").divide(col("connectors_live"))))
        .orderBy("period", "kind", "rule_id");
  }
}
