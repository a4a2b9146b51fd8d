package census.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;

import census.match.PairClass;
import census.warehouse.TableSchema;
import census.warehouse.Tables;
import com.google.auto.service.AutoService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Finds related connector titles with {@link TitleMatching} (every connector filed under its
 * blocking keys, compared with its neighbours in each block, each related pair classified by
 * census.match.TitleMatcher); the duplicate classes are then joined into connected groups.
 */
@AutoService(AnalysisJob.class)
public final class DuplicateTitlesJob implements AnalysisJob {
  private static final Object[] DUPLICATE_CLASSES =
      Arrays.stream(PairClass.values()).filter(PairClass::duplicate).map(PairClass::id).toArray();

  @Override
  public String name() {
    return "duplicate-titles";
  }

  @Override
  public List<TableSchema> outputs() {
    return List.of(Tables.DUPLICATE_PAIRS, Tables.DUPLICATE_GROUPS);
  }

  @Override
  public Map<String, Dataset<Row>> run(JobInputs inputs) {
    Dataset<Row> candidates = TitleMatching.candidates(inputs.table(Tables.CONNECTORS)).cache();
    Dataset<Row> pairs = TitleMatching.relatedPairs(candidates).cache();
    return Map.of(
        Tables.DUPLICATE_PAIRS.name(),
        SparkSchemas.conform(pairs.orderBy("path_a", "path_b"), Tables.DUPLICATE_PAIRS),
        Tables.DUPLICATE_GROUPS.name(),
        SparkSchemas.conform(groups(pairs, candidates), Tables.DUPLICATE_GROUPS));
  }

  /**
   * Connected groups over the duplicate classes. The duplicate edges are few (a small fraction of
   * the titles even at a million), so they are joined into components with a union-find on the
   * driver rather than by rounds of iterative joins; each member is labelled with the smallest path
   * of its group. Reads path_a, path_b and class of {@code pairs} ({@link TitleMatching#classify}),
   * path, kind and c of {@code candidates}; writes the columns of {@code duplicate_groups}.
   */
  static Dataset<Row> groups(Dataset<Row> pairs, Dataset<Row> candidates) {
    List<Row> edges =
        pairs
            .where(col("class").isin(DUPLICATE_CLASSES))
            .select("path_a", "path_b")
            .collectAsList();
    Map<String, String> parent = new HashMap<>();
    for (Row e : edges) {
      union(parent, e.getString(0), e.getString(1));
    }
    List<Row> labels = new ArrayList<>(parent.size());
    for (String node : parent.keySet()) {
      labels.add(RowFactory.create(node, find(parent, node)));
    }
    Dataset<Row> members =
        candidates
            .sparkSession()
            .createDataFrame(
                labels,
                new StructType()
                    .add("node", DataTypes.StringType)
                    .add("group_id", DataTypes.StringType));
    return members
        .join(candidates, members.col("node").equalTo(candidates.col("path")))
        .select(
            col("group_id"),
            col("path"),
            col("kind"),
            col("c.label").as("title"),
            count("*").over(Window.partitionBy("group_id")).cast("int").as("group_size"))
        .orderBy("group_id", "path");
  }

  private static String find(Map<String, String> parent, String node) {
    String root = node;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    for (String n = node; !n.equals(root); ) {
      String next = parent.get(n);
      parent.put(n, root);
      n = next;
    }
    return root;
  }

  /** Joins two groups under the smaller path, so a group's id is its smallest member path. */
  private static void union(Map<String, String> parent, String a, String b) {
    parent.putIfAbsent(a, a);
    parent.putIfAbsent(b, b);
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }
}
