package census.jobs;

import static census.jobs.SparkTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import census.warehouse.Tables;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class ConnectorCountsJobTest {
  @Test
  void countsConnectorsPerDimensionMostFirstTiesByValue() {
    List<Row> rows =
        new ConnectorCountsJob()
            .run(
                JobInputs.of(
                    SparkTest.spark(),
                    Map.of(
                        "connectors",
                        SparkTest.frame(
                            Tables.CONNECTORS,
                            List.of(
                                row(
                                    "kind",
                                    "certified",
                                    "publisher",
                                    "Contoso",
                                    "auth_kinds",
                                    List.of("oauth2", "apiKey", "oauth2"),
                                    "categories",
                                    List.of("Data"),
                                    "error_count",
                                    2,
                                    "warning_count",
                                    1),
                                row(
                                    "kind",
                                    "custom",
                                    "auth_kinds",
                                    List.of("oauth2"),
                                    "categories",
                                    List.of(),
                                    "warning_count",
                                    3),
                                row("kind", "certified", "publisher", "Contoso"),
                                row("kind", "custom", "publisher", "Fabrikam"))))))
            .get("connector_counts")
            .collectAsList();
    assertEquals(
        List.of(
            RowFactory.create("auth_kind", null, 2L),
            RowFactory.create("auth_kind", "oauth2", 2L),
            RowFactory.create("auth_kind", "apiKey", 1L),
            RowFactory.create("category", null, 3L),
            RowFactory.create("category", "Data", 1L),
            RowFactory.create("conformance", "clean", 2L),
            RowFactory.create("conformance", "warnings_only", 1L),
            RowFactory.create("conformance", "with_errors", 1L),
            RowFactory.create("kind", "certified", 2L),
            RowFactory.create("kind", "custom", 2L),
            RowFactory.create("publisher", "Contoso", 2L),
            RowFactory.create("publisher", null, 1L),
            RowFactory.create("publisher", "Fabrikam", 1L)),
        rows);
  }
}
