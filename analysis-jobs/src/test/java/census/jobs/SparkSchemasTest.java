package census.jobs;

import static census.jobs.SparkTest.row;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import census.warehouse.Tables;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class SparkSchemasTest {
  private static Dataset<Row> groups() {
    return SparkTest.frame(
        Tables.DUPLICATE_GROUPS,
        List.of(
            row("group_id", "a", "path", "a", "kind", "certified", "title", "A", "group_size", 2),
            row("group_id", "a", "path", "b", "kind", "custom", "group_size", 2)));
  }

  @Test
  void aFrameOfTheTableIsKeptUnchanged() {
    Dataset<Row> frame = groups();
    Dataset<Row> conformed =
        SparkSchemas.conform(
            frame.select("path", "title", "group_id", "group_size", "kind"),
            Tables.DUPLICATE_GROUPS);
    assertEquals(SparkSchemas.struct(Tables.DUPLICATE_GROUPS), conformed.schema());
    assertEquals(frame.collectAsList(), conformed.collectAsList());
  }

  @Test
  void aMisspeltColumnFailsNamingTheTableAndTheColumns() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SparkSchemas.conform(
                    groups().withColumnRenamed("title", "titel"), Tables.DUPLICATE_GROUPS));
    assertEquals(
        "the frame for table duplicate_groups has no column title; undeclared column titel",
        e.getMessage());
  }

  @Test
  void aTypeThatWouldLoseDataFailsAndAWideningOnePasses() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SparkSchemas.conform(
                    groups().withColumn("group_size", col("group_size").cast("double")),
                    Tables.DUPLICATE_GROUPS));
    assertEquals(
        "the frame for table duplicate_groups has a type that would lose data in"
            + " group_size (double, not int)",
        e.getMessage());
    Dataset<Row> counts =
        SparkTest.frame(Tables.PR_CONFLICTS, List.of(row("path", "p", "number", 1)));
    assertEquals(
        SparkSchemas.struct(Tables.PR_CONFLICTS),
        SparkSchemas.conform(
                counts.withColumn("other_number", col("number").cast("short")), Tables.PR_CONFLICTS)
            .schema(),
        "a short fits an int");
  }
}
