package census.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import census.warehouse.Column;
import census.warehouse.TableSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
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
   * Selects exactly the table's columns, in order and cast to their types; a column the frame lacks
   * becomes null. Jobs end with this, so what they write matches the documented schema.
   */
  public static Dataset<Row> conform(Dataset<Row> frame, TableSchema table) {
    List<String> present = Arrays.asList(frame.columns());
    org.apache.spark.sql.Column[] columns =
        table.columns().stream()
            .map(
                c ->
                    (present.contains(c.name()) ? col(c.name()) : lit(null))
                        .cast(type(c.type()))
                        .as(c.name()))
            .toArray(org.apache.spark.sql.Column[]::new);
    return frame.select(columns);
  }
}
