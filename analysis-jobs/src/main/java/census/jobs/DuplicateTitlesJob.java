package census.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.udf;

import census.match.TitleNormalizer;
import census.warehouse.TableSchema;
import census.warehouse.Tables;
import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/** Groups connectors whose titles are equal after {@link TitleNormalizer}. */
@AutoService(AnalysisJob.class)
public final class DuplicateTitlesJob implements AnalysisJob {
  private static final UserDefinedFunction TITLE_KEY =
      udf((String title) -> TitleNormalizer.key(title), DataTypes.StringType);

  @Override
  public String name() {
    return "duplicate-titles";
  }

  @Override
  public List<TableSchema> outputs() {
    return List.of(Tables.DUPLICATE_GROUPS);
  }

  @Override
  public Map<String, Dataset<Row>> run(JobInputs inputs) {
    Dataset<Row> connectors = inputs.table(Tables.CONNECTORS);
    return Map.of(
        Tables.DUPLICATE_GROUPS.name(),
        SparkSchemas.conform(groups(keyed(connectors)), Tables.DUPLICATE_GROUPS));
  }

  /** Connectors with a title, each with its comparison key as group_id. */
  static Dataset<Row> keyed(Dataset<Row> connectors) {
    return connectors
        .where(col("title").isNotNull())
        .withColumn("group_id", TITLE_KEY.apply(col("title")))
        .where(col("group_id").notEqual(""));
  }

  /** Keeps the keys that more than one connector shares. */
  static Dataset<Row> groups(Dataset<Row> keyed) {
    return keyed
        .withColumn("group_size", count("*").over(Window.partitionBy("group_id")).cast("int"))
        .where(col("group_size").gt(1))
        .orderBy("group_id", "path");
  }
}
