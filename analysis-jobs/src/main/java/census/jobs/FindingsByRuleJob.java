package census.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import census.warehouse.TableSchema;
import census.warehouse.Tables;
import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Findings of the crawled commit per rule ({@code findings_by_rule}): the figures the report's
 * conformance page and summary rank rules by.
 */
@AutoService(AnalysisJob.class)
public final class FindingsByRuleJob implements AnalysisJob {
  @Override
  public String name() {
    return "findings-by-rule";
  }

  @Override
  public List<TableSchema> outputs() {
    return List.of(Tables.FINDINGS_BY_RULE);
  }

  @Override
  public Map<String, Dataset<Row>> run(JobInputs inputs) {
    return Map.of(
        Tables.FINDINGS_BY_RULE.name(),
        SparkSchemas.conform(byRule(inputs.table(Tables.FINDINGS)), Tables.FINDINGS_BY_RULE));
  }

  /**
   * Reads rule_id, severity and connector_path of {@code findings}; writes rule_id, severity (a
   * crawl gives each rule one), findings and connectors, most findings first, then by rule_id.
   */
  static Dataset<Row> byRule(Dataset<Row> findings) {
    return findings
        .groupBy("rule_id")
        .agg(
            min("severity").as("severity"),
            count(lit(1)).as("findings"),
            countDistinct("connector_path").as("connectors"))
        .orderBy(col("findings").desc(), col("rule_id"));
  }
}
