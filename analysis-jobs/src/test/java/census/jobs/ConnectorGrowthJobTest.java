package census.jobs;

import static census.jobs.SparkTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import census.warehouse.Tables;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class ConnectorGrowthJobTest {
  private static Map<String, Object> version(String id, String commit, String time, String change) {
    return row(
        "connector_id",
        id,
        "commit_id",
        commit,
        "commit_time",
        Timestamp.from(java.time.Instant.parse(time)),
        "change",
        change);
  }

  @Test
  void countsArrivalsLessDeletionsPerMonthWithARunningTotal() {
    List<Row> rows =
        new ConnectorGrowthJob()
            .run(
                JobInputs.of(
                    SparkTest.spark(),
                    Map.of(
                        "connector_versions",
                        SparkTest.frame(
                            Tables.CONNECTOR_VERSIONS,
                            List.of(
                                version("a", "c1", "2023-01-05T00:00:00Z", "added"),
                                version("b", "c1", "2023-01-05T00:00:00Z", "added"),
                                version("a", "c2", "2023-01-31T23:59:59Z", "modified"),
                                // A version seen first modified still counts once.
                                version("c", "c3", "2023-03-01T00:00:00Z", "modified"),
                                version("a", "c4", "2023-03-02T00:00:00Z", "deleted"),
                                version("a", "c5", "2023-05-01T00:00:00Z", "added"),
                                version("b", "c6", "2023-05-02T00:00:00Z", "deleted"))))))
            .get("connector_growth")
            .collectAsList();
    assertEquals(
        List.of(
            RowFactory.create("2023-01", 2L, 2L),
            RowFactory.create("2023-03", 0L, 2L),
            RowFactory.create("2023-05", 0L, 2L)),
        rows);
  }
}
