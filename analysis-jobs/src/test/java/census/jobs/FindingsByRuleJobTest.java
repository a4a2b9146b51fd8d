package census.jobs;

import static census.jobs.SparkTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import census.warehouse.Tables;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class FindingsByRuleJobTest {
  private static Map<String, Object> finding(String path, String rule, String severity) {
    return row("connector_path", path, "rule_id", rule, "severity", severity);
  }

  @Test
  void countsFindingsAndConnectorsPerRuleMostFindingsFirst() {
    List<Row> rows =
        new FindingsByRuleJob()
            .run(
                JobInputs.of(
                    SparkTest.spark(),
                    Map.of(
                        "findings",
                        SparkTest.frame(
                            Tables.FINDINGS,
                            List.of(
                                finding("a", "b-rule", "warning"),
                                finding("a", "b-rule", "warning"),
                                finding("b", "b-rule", "warning"),
                                finding("a", "c-rule", "error"),
                                finding("b", "a-rule", "info"))))))
            .get("findings_by_rule")
            .collectAsList();
    assertEquals(
        List.of(
            RowFactory.create("b-rule", "warning", 3L, 2L),
            RowFactory.create("a-rule", "info", 1L, 1L),
            RowFactory.create("c-rule", "error", 1L, 1L)),
        rows);
  }
}
