package census.jobs;

import census.warehouse.Column;
import census.warehouse.TableSchema;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/** One local Spark session shared by every job test in the JVM, and tiny tables for them. */
public final class SparkTest {
  private static SparkSession session;

  private SparkTest() {}

  public static synchronized SparkSession spark() {
    if (session == null) {
      session = SparkSessions.start("local[2]");
    }
    return session;
  }

  /** A row given as column, value, column, value, ...; see {@link #frame}. */
  public static Map<String, Object> row(Object... columnsAndValues) {
    Map<String, Object> row = new HashMap<>();
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
    }
    return row;
  }

  /**
   * A {@code pull_request_connectors} row: the pull request's change to the folder at {@code path}
   * (its folder name taken from the path) at {@code tree}, with {@code more} columns and values.
   */
  public static Map<String, Object> pullRequestFolder(
      int number, String path, String change, String tree, Object... more) {
    Map<String, Object> folder =
        row(
            "number",
            number,
            "path",
            path,
            "folder",
            path.substring(path.indexOf('/') + 1),
            "change",
            change,
            "tree_id",
            tree);
    folder.putAll(row(more));
    return folder;
  }

  /**
   * A DataFrame of {@code table}'s schema. Columns a row leaves out are null, or for required
   * columns a neutral value (empty string or list, zero, false, the epoch), so a test names only
   * the columns it is about.
   */
  public static Dataset<Row> frame(TableSchema table, List<Map<String, Object>> rows) {
    List<Row> full =
        rows.stream()
            .map(
                r -> {
                  Object[] values = new Object[table.columns().size()];
                  for (int i = 0; i < values.length; i++) {
                    Column c = table.columns().get(i);
                    if (!r.containsKey(c.name()) && !c.nullable()) {
                      values[i] = neutral(c.type());
                    } else {
                      values[i] = r.get(c.name());
                    }
                  }
                  for (String name : r.keySet()) {
                    table.indexOf(name); // a misspelt column fails the test here
                  }
                  return RowFactory.create(values);
                })
            .toList();
    return spark().createDataFrame(full, SparkSchemas.struct(table));
  }

  private static Object neutral(Column.Type type) {
    return switch (type) {
      case STRING -> "";
      case INT -> 0;
      case LONG -> 0L;
      case DOUBLE -> 0.0;
      case BOOLEAN -> false;
      case TIMESTAMP -> new Timestamp(0);
      case STRING_LIST -> List.of();
    };
  }
}
