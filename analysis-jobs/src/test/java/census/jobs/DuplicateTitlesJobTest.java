package census.jobs;

import static census.jobs.SparkTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import census.warehouse.Tables;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class DuplicateTitlesJobTest {
  @Test
  void groupsTitlesEqualAfterCasePunctuationSpaceAndSuffix() {
    Dataset<Row> connectors =
        SparkTest.frame(
            Tables.CONNECTORS,
            List.of(
                row(
                    "kind",
                    "certified",
                    "path",
                    "certified-connectors/Zoho CRM",
                    "title",
                    "Zoho CRM"),
                row(
                    "kind",
                    "independent_publisher",
                    "path",
                    "independent-publisher-connectors/ZohoCRM",
                    "title",
                    "zoho-crm (Independent Publisher)"),
                row(
                    "kind",
                    "certified",
                    "path",
                    "certified-connectors/Zoho Books",
                    "title",
                    "Zoho Books"),
                row("kind", "custom", "path", "custom-connectors/Untitled")));
    List<Row> groups =
        new DuplicateTitlesJob()
            .run(JobInputs.of(SparkTest.spark(), java.util.Map.of("connectors", connectors)))
            .get("duplicate_groups")
            .collectAsList();
    assertEquals(
        List.of("certified-connectors/Zoho CRM", "independent-publisher-connectors/ZohoCRM"),
        groups.stream().map(r -> (String) r.getAs("path")).toList());
    assertEquals("zohocrm", groups.get(0).getAs("group_id"));
    assertEquals(2, (int) groups.get(0).getAs("group_size"));
  }
}
