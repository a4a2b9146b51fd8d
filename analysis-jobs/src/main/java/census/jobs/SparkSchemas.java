package census.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import census.warehouse.Column;
import census.warehouse.TableSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.Cast;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The warehouse's {@link TableSchema}s as Spark types. */
public final class SparkSchemas {
  private SparkSchemas() {}

  public static StructType struct(TableSchema table) {
    List<StructField> fields = new ArrayList<>();
    for (Column c : table.columns()) {
      fields.add(DataTypes.createStructField(c.name(), type(c.type()), c.nullable()));
    }
    return DataTypes.createStructType(fields);
  }

  public static DataType type(Column.Type type) {
    return switch (type) {
      case STRING -> DataTypes.StringType;
      case INT -> DataTypes.IntegerType;
      case LONG -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
      case TIMESTAMP -> DataTypes.TimestampType;
      case STRING_LIST -> DataTypes.createArrayType(DataTypes.StringType, true);
    };
  }

  /** An empty frame of the table's schema. */
  public static Dataset<Row> empty(org.apache.spark.sql.SparkSession spark, TableSchema table) {
    return spark.createDataFrame(List.of(), struct(table));
  }

  /**
   * A job's frame as the table it writes: the table's columns, in order, cast to their types. Jobs
   * end with this, so what they write matches the documented schema; a frame that lacks a column,
   * has one the table does not declare (a misspelt name would otherwise write a column of nulls),
   * or holds a column whose type the table's would lose data of (a text, a fraction or a larger
   * number into a smaller type) fails, naming the table and the columns. A nullable column a job
   * leaves empty is written out as a typed null by the job.
   */
  public static Dataset<Row> conform(Dataset<Row> frame, TableSchema table) {
    Map<String, DataType> present = new LinkedHashMap<>();
    for (StructField f : frame.schema().fields()) {
      present.put(f.name(), f.dataType());
    }
    List<String> missing = new ArrayList<>();
    List<String> wrongType = new ArrayList<>();
    for (Column c : table.columns()) {
      DataType from = present.remove(c.name());
      if (from == null) {
        missing.add(c.name());
      } else if (!Cast.canUpCast(from, type(c.type()))) {
        wrongType.add(c.name() + " (" + from.simpleString() + ", not " + c.type().sql() + ")");
      }
    }
    List<String> problems = new ArrayList<>();
    if (!missing.isEmpty()) {
      problems.add("no column " + String.join(", ", missing));
    }
    if (!present.isEmpty()) {
      problems.add("undeclared column " + String.join(", ", present.keySet()));
    }
    if (!wrongType.isEmpty()) {
      problems.add("a type that would lose data in " + String.join(", ", wrongType));
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "the frame for table " + table.name() + " has " + String.join("; ", problems));
    }
    return frame.select(columns(table, table.columns().stream().map(Column::name).toList()));
  }

  /**
   * A table read from the warehouse, as the schema of this build: a column that files written by an
   * older build lack reads as null, and one this build no longer declares is dropped, so a job runs
   * on a warehouse of an earlier version.
   */
  public static Dataset<Row> read(Dataset<Row> files, TableSchema table) {
    List<String> present = Arrays.asList(files.columns());
    return files.select(
        columns(
            table, table.columns().stream().map(Column::name).filter(present::contains).toList()));
  }

  /** The table's columns cast to their types; those not in {@code present} as typed nulls. */
  private static org.apache.spark.sql.Column[] columns(TableSchema table, List<String> present) {
    return table.columns().stream()
        .map(
            c ->
                (present.contains(c.name()) ? col(c.name()) : lit(null))
                    .cast(type(c.type()))
                    .as(c.name()))
        .toArray(org.apache.spark.sql.Column[]::new);
  }
}
