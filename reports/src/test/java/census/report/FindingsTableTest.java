package census.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import census.warehouse.Row;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsTableTest {
  @TempDir Path tmp;

  private static Row finding(String path, int line) {
    return Tables.FINDINGS
        .row()
        .set("connector_path", path)
        .set("commit_id", "c")
        .set("file", "apiDefinition.swagger.json")
        .set("rule_id", "R")
        .set("severity", "error")
        .set("json_pointer", "/info")
        .set("line", line)
        .set("column", 1)
        .set("message", "m")
        .build();
  }

  @Test
  void batchesNeverSplitAConnectorAndDeliverEachFindingOnce() throws Exception {
    Warehouse warehouse = new Warehouse(tmp.resolve("warehouse").toString());
    List<Row> rows = new ArrayList<>();
    // Interleaved, as parallel writers leave them: a batch must not assume the table's order.
    for (int i = 0; i < 3; i++) {
      rows.add(finding("certified-connectors/A", i));
      rows.add(finding("certified-connectors/B", i));
    }
    rows.add(finding("certified-connectors/C", 0));
    try (Warehouse.Staging staging = warehouse.stage("t")) {
      staging.write(Tables.FINDINGS, rows);
      staging.publish();
    }
    FindingsTable table = FindingsTable.open(warehouse);
    assertEquals(7, table.count());

    List<String> order =
        List.of(
            "certified-connectors/A",
            "certified-connectors/D",
            "certified-connectors/B",
            "certified-connectors/C");
    List<List<String>> batches = new ArrayList<>();
    Map<String, Integer> delivered = new TreeMap<>();
    table.forEachBatch(
        order,
        4,
        (paths, found) -> {
          batches.add(paths);
          found.forEach((path, list) -> delivered.merge(path, list.size(), Integer::sum));
        });
    // A (3) and D (none) fit in 4; B (3) would not fit beside them; C (1) fits beside B.
    assertEquals(
        List.of(
            List.of("certified-connectors/A", "certified-connectors/D"),
            List.of("certified-connectors/B", "certified-connectors/C")),
        batches);
    assertEquals(
        Map.of(
            "certified-connectors/A", 3, "certified-connectors/B", 3, "certified-connectors/C", 1),
        delivered);

    // A connector with more findings than the limit is a batch of its own.
    List<List<String>> small = new ArrayList<>();
    table.forEachBatch(order, 1, (paths, found) -> small.add(paths));
    assertEquals(4, small.size());
  }
}
