package census.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseTest {
  static final TableSchema ALL_TYPES =
      new TableSchema(
          "all_types",
          "every column type",
          List.of(
              Column.required("s", Column.Type.STRING, ""),
              Column.optional("i", Column.Type.INT, ""),
              Column.optional("l", Column.Type.LONG, ""),
              Column.optional("d", Column.Type.DOUBLE, ""),
              Column.optional("b", Column.Type.BOOLEAN, ""),
              Column.optional("t", Column.Type.TIMESTAMP, ""),
              Column.required("list", Column.Type.STRING_LIST, "")));

  @TempDir Path tmp;

  @Test
  void rowsRoundTripThroughParquetWithEveryTypeAndNulls() throws Exception {
    Warehouse warehouse = new Warehouse(tmp.resolve("wh").toString());
    Row full =
        ALL_TYPES
            .row()
            .set("s", "Brønnøy \"quoted\" <b>")
            .set("i", 7)
            .set("l", 1L << 40)
            .set("d", 0.25)
            .set("b", true)
            .set("t", Instant.parse("2024-10-23T12:34:56.123456Z"))
            .set("list", List.of("a", "", "ç"))
            .build();
    Row sparse = ALL_TYPES.row().set("s", "").set("list", List.of()).build();
    try (Warehouse.Staging staging = warehouse.stage("t1")) {
      staging.write(ALL_TYPES, List.of(full, sparse));
      staging.publish();
    }
    assertEquals(List.of(full, sparse), warehouse.read(ALL_TYPES));
  }

  @Test
  void stringsReadBackWhetherTheirColumnStayedDictionaryEncodedOrFellBackToPlain()
      throws Exception {
    // "s" repeats a few values (dictionary pages all through); "list" holds 60,000 distinct
    // strings, more than a 1 MB dictionary holds, so Parquet falls back to plain pages part-way.
    Warehouse warehouse = new Warehouse(tmp.resolve("wh").toString());
    List<Row> written = new java.util.ArrayList<>();
    for (int i = 0; i < 60_000; i++) {
      written.add(
          ALL_TYPES
              .row()
              .set("s", "rule-" + (i % 7))
              .set("i", i)
              .set("list", List.of("distinct value number " + i + " of the table", "shared"))
              .build());
    }
    try (Warehouse.Staging staging = warehouse.stage("t1")) {
      staging.write(ALL_TYPES, written);
      staging.publish();
    }
    assertEquals(written, warehouse.read(ALL_TYPES));
  }

  @Test
  void aGrowingTableKeepsItsPartsUnreadUntilThereAreTooMany() throws Exception {
    Warehouse warehouse = new Warehouse(tmp.resolve("wh").toString());
    List<Row> all = new java.util.ArrayList<>();
    for (int run = 0; run < 3; run++) {
      Row row = ALL_TYPES.row().set("s", "run " + run).set("list", List.of()).build();
      all.add(row);
      try (Warehouse.Staging staging = warehouse.stage("run" + run)) {
        staging.carryOver(ALL_TYPES, 4);
        try (ParquetTableWriter writer = staging.newPart(ALL_TYPES)) {
          writer.write(row);
        }
        staging.publish();
      }
      assertEquals(run + 1, parts(warehouse), "one part per run");
      assertEquals(all, sorted(warehouse.read(ALL_TYPES)));
    }
    try (Warehouse.Staging staging = warehouse.stage("compact")) {
      assertEquals(1, staging.carryOver(ALL_TYPES, 2), "over the limit: merged into one");
      staging.publish();
    }
    assertEquals(1, parts(warehouse));
    assertEquals(all, sorted(warehouse.read(ALL_TYPES)));
  }

  private static long parts(Warehouse warehouse) throws java.io.IOException {
    try (var files = Files.list(Path.of(warehouse.tablePath(ALL_TYPES.name()).toUri()))) {
      return files.filter(f -> f.toString().endsWith(".parquet")).count();
    }
  }

  private static List<Row> sorted(List<Row> rows) {
    return rows.stream().sorted(java.util.Comparator.comparing(r -> r.string("s"))).toList();
  }

  @Test
  void anUndeclaredTableIsReadWithTheColumnsItsFilesCarry() throws Exception {
    Warehouse warehouse = new Warehouse(tmp.resolve("wh").toString());
    Row full =
        ALL_TYPES
            .row()
            .set("s", "x")
            .set("i", 1)
            .set("l", 2L)
            .set("d", 0.5)
            .set("b", false)
            .set("t", Instant.parse("2024-01-02T03:04:05Z"))
            .set("list", List.of("a"))
            .build();
    try (Warehouse.Staging staging = warehouse.stage("t1")) {
      staging.write(ALL_TYPES, List.of(full));
      staging.publish();
    }
    TableSchema found = warehouse.schemaOf("all_types").orElseThrow();
    assertEquals(
        ALL_TYPES.columns().stream()
            .map(c -> c.name() + ":" + c.type() + ":" + c.nullable())
            .toList(),
        found.columns().stream().map(c -> c.name() + ":" + c.type() + ":" + c.nullable()).toList());
    assertEquals(
        List.of("x", 1, 2L, 0.5, false, full.get("t"), List.of("a")),
        values(warehouse.read(found).get(0)));
    assertTrue(warehouse.schemaOf("absent").isEmpty());
  }

  @Test
  void forEachStreamsTheProjectedColumnsAndToleratesFilesWithoutSome() throws Exception {
    Warehouse warehouse = new Warehouse(tmp.resolve("wh").toString());
    List<Row> written = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      written.add(
          ALL_TYPES
              .row()
              .set("s", "row " + i)
              .set("l", (long) i)
              .set("list", List.of("x"))
              .build());
    }
    try (Warehouse.Staging staging = warehouse.stage("t1")) {
      staging.write(ALL_TYPES, written);
      staging.publish();
    }
    TableSchema projected = ALL_TYPES.project(List.of("l", "s"));
    assertEquals(List.of("s", "l"), projected.columns().stream().map(Column::name).toList());
    List<List<Object>> read = new java.util.ArrayList<>();
    warehouse.forEach(projected, row -> read.add(values(row)));
    assertEquals(List.of(List.of("row 0", 0L), List.of("row 1", 1L), List.of("row 2", 2L)), read);

    // A file of an older Census that lacks a projected column reads it as null.
    TableSchema older =
        new TableSchema("all_types", "", List.of(Column.required("s", Column.Type.STRING, "")));
    try (Warehouse.Staging staging = warehouse.stage("t2")) {
      staging.write(older, List.of(older.row().set("s", "old").build()));
      staging.publish();
    }
    List<Row> old = new java.util.ArrayList<>();
    warehouse.forEach(projected, old::add);
    assertEquals(1, old.size());
    assertEquals("old", old.get(0).string("s"));
    assertEquals(null, old.get(0).get("l"));
    assertThrows(IllegalArgumentException.class, () -> ALL_TYPES.project(List.of("nope")));
    // ...so a cache that must tell "none" from "not recorded" asks whether the table is current.
    assertFalse(warehouse.current(ALL_TYPES), "written without l and the rest");
    try (Warehouse.Staging staging = warehouse.stage("t3")) {
      staging.write(ALL_TYPES, written);
      staging.publish();
    }
    assertTrue(warehouse.current(ALL_TYPES));
    assertFalse(warehouse.current(new TableSchema("absent", "", ALL_TYPES.columns())));
  }

  private static List<Object> values(Row row) {
    List<Object> values = new java.util.ArrayList<>();
    for (int i = 0; i < row.schema().columns().size(); i++) {
      values.add(row.get(i));
    }
    return values;
  }

  @Test
  void stagedTablesAreInvisibleUntilPublishedAndDroppedWhenNot() throws Exception {
    Warehouse warehouse = new Warehouse(tmp.resolve("wh").toString());
    Row first = ALL_TYPES.row().set("s", "first").set("list", List.of()).build();
    try (Warehouse.Staging staging = warehouse.stage("a")) {
      staging.write(ALL_TYPES, List.of(first));
      staging.publish();
    }
    try (Warehouse.Staging staging = warehouse.stage("b")) {
      staging.write(
          ALL_TYPES, List.of(ALL_TYPES.row().set("s", "second").set("list", List.of()).build()));
      assertEquals(
          List.of(first), warehouse.read(ALL_TYPES), "readers still see the published table");
      // closed without publish: a failed step
    }
    assertEquals(List.of(first), warehouse.read(ALL_TYPES));
    assertFalse(Files.exists(tmp.resolve("wh/_staging/b")));
  }

  @Test
  void aSwapInterruptedBetweenItsRenamesIsRepairedOnOpen() throws Exception {
    Path root = tmp.resolve("wh");
    Warehouse warehouse = new Warehouse(root.toString());
    Row row = ALL_TYPES.row().set("s", "kept").set("list", List.of()).build();
    try (Warehouse.Staging staging = warehouse.stage("a")) {
      staging.write(ALL_TYPES, List.of(row));
      staging.publish();
    }
    // What a crash after the first rename of a publish leaves behind.
    Files.createDirectories(root.resolve("_trash/run"));
    Files.move(root.resolve("all_types"), root.resolve("_trash/run/all_types"));
    assertEquals(List.of(row), new Warehouse(root.toString()).read(ALL_TYPES));
    assertFalse(Files.exists(root.resolve("_trash/run")));
  }

  @Test
  void requiredColumnsAndTypesAreEnforced() {
    assertThrows(IllegalStateException.class, () -> ALL_TYPES.row().set("s", "x").build());
    assertThrows(IllegalArgumentException.class, () -> ALL_TYPES.row().set("i", 1L));
    assertThrows(IllegalArgumentException.class, () -> ALL_TYPES.row().set("nope", 1));
  }

  @Test
  void aMissingTableReadsAsEmpty() throws Exception {
    Warehouse warehouse = new Warehouse(tmp.resolve("none").toString());
    assertTrue(warehouse.read(ALL_TYPES).isEmpty());
    assertTrue(warehouse.tables().isEmpty());
  }
}
