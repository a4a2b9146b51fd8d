package census.jobs;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.udf;

import census.match.Blocking;
import census.match.Candidate;
import census.match.PairClass;
import census.match.PairMatch;
import census.match.TitleMatcher;
import census.match.TitleNormalizer.NormalizedTitle;
import census.warehouse.TableSchema;
import census.warehouse.Tables;
import com.google.auto.service.AutoService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Finds related connector titles with {@link TitleMatcher}: every connector is filed under its
 * {@link Blocking} keys, compared with its neighbours in each block, and each related pair is
 * classified; the duplicate classes are then joined into connected groups.
 */
@AutoService(AnalysisJob.class)
public final class DuplicateTitlesJob implements AnalysisJob {
  /** Neighbours compared on each side within a block: bounds the cost of a large block. */
  static final int WINDOW = 20;

  private static final Object[] DUPLICATE_CLASSES =
      Arrays.stream(PairClass.values()).filter(PairClass::duplicate).map(PairClass::id).toArray();

  private static final StructType CANDIDATE =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("kind", DataTypes.StringType)
          .add("label", DataTypes.StringType)
          .add("tokens", DataTypes.createArrayType(DataTypes.StringType))
          .add("version", DataTypes.StringType)
          .add("folder_key", DataTypes.StringType)
          .add("host", DataTypes.StringType)
          .add("publisher", DataTypes.StringType);

  private static final UserDefinedFunction TO_CANDIDATE =
      udf(
          (UDF6<String, String, String, String, String, String, Row>)
              (path, kind, folder, title, host, publisher) ->
                  toRow(Candidate.of(path, kind, folder, title, host, publisher)),
          CANDIDATE);

  private static final UserDefinedFunction BLOCK_KEYS =
      udf(
          (UDF1<Row, List<Row>>)
              c ->
                  Blocking.keys(fromRow(c)).stream()
                      .map(k -> RowFactory.create(k.block(), k.sortKey()))
                      .toList(),
          DataTypes.createArrayType(
              new StructType()
                  .add("block", DataTypes.StringType)
                  .add("sort_key", DataTypes.StringType)));

  private static final UserDefinedFunction COMPARE =
      udf(
          (UDF2<Row, Row, Row>)
              (a, b) -> {
                Optional<PairMatch> m = TitleMatcher.compare(fromRow(a), fromRow(b));
                return m.map(p -> RowFactory.create(p.pairClass().id(), p.score(), p.evidence()))
                    .orElse(null);
              },
          new StructType()
              .add("class", DataTypes.StringType)
              .add("score", DataTypes.DoubleType)
              .add("evidence", DataTypes.StringType));

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
    Dataset<Row> candidates = candidates(inputs.table(Tables.CONNECTORS)).cache();
    Dataset<Row> pairs = classify(neighbourPairs(blocked(candidates)), candidates).cache();
    return Map.of(
        Tables.DUPLICATE_PAIRS.name(),
        SparkSchemas.conform(pairs.orderBy("path_a", "path_b"), Tables.DUPLICATE_PAIRS),
        Tables.DUPLICATE_GROUPS.name(),
        SparkSchemas.conform(groups(pairs, candidates), Tables.DUPLICATE_GROUPS));
  }

  /** One matcher candidate per connector, normalised once. */
  static Dataset<Row> candidates(Dataset<Row> connectors) {
    return connectors
        .select(
            col("path"),
            col("kind"),
            TO_CANDIDATE
                .apply(
                    col("path"),
                    col("kind"),
                    col("folder"),
                    col("title"),
                    col("host"),
                    col("publisher"))
                .as("c"))
        .where("size(c.tokens) > 0");
  }

  /** Each candidate once per blocking key, ranked within the block and cut into chunks. */
  static Dataset<Row> blocked(Dataset<Row> candidates) {
    return candidates
        .select(col("path"), explode(BLOCK_KEYS.apply(col("c"))).as("k"))
        .select(col("path"), col("k.block").as("block"), col("k.sort_key").as("sort_key"))
        .withColumn(
            "rank", row_number().over(Window.partitionBy("block").orderBy("sort_key", "path")))
        .withColumn("chunk", floor(col("rank").divide(WINDOW)));
  }

  /**
   * Pairs of entries at most {@link #WINDOW} apart in some block. An entry meets the rest of its
   * chunk and the next chunk, so the join stays an equi-join on (block, chunk).
   */
  static Dataset<Row> neighbourPairs(Dataset<Row> blocked) {
    Dataset<Row> left =
        blocked
            .withColumn("chunk", explode(array(col("chunk"), col("chunk").plus(1))))
            .select(
                col("block"), col("chunk"), col("path").as("left_path"), col("rank").as("l_rank"));
    Dataset<Row> right =
        blocked.select(
            col("block"), col("chunk"), col("path").as("right_path"), col("rank").as("r_rank"));
    return left.join(right, new String[] {"block", "chunk"})
        .where(col("r_rank").gt(col("l_rank")).and(col("r_rank").leq(col("l_rank").plus(WINDOW))))
        .select(
            least(col("left_path"), col("right_path")).as("path_a"),
            greatest(col("left_path"), col("right_path")).as("path_b"))
        .distinct();
  }

  /** The related pairs, with their class, score and evidence. */
  static Dataset<Row> classify(Dataset<Row> pairs, Dataset<Row> candidates) {
    Dataset<Row> a = candidates.select(col("path").as("path_a"), col("c").as("a"));
    Dataset<Row> b = candidates.select(col("path").as("path_b"), col("c").as("b"));
    return pairs
        .join(a, "path_a")
        .join(b, "path_b")
        .withColumn("m", COMPARE.apply(col("a"), col("b")))
        .where(col("m").isNotNull())
        .select(
            col("path_a"),
            col("path_b"),
            col("m.class").as("class"),
            col("m.score").as("score"),
            col("m.evidence").as("evidence"),
            col("a.label").as("title_a"),
            col("b.label").as("title_b"),
            col("a.kind").as("kind_a"),
            col("b.kind").as("kind_b"));
  }

  /**
   * Connected groups over the duplicate classes. The duplicate edges are few (a small fraction of
   * the titles even at a million), so they are joined into components with a union-find on the
   * driver rather than by rounds of iterative joins; each member is labelled with the smallest path
   * of its group.
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

  private static Row toRow(Candidate c) {
    return RowFactory.create(
        c.id(),
        c.kind(),
        c.label(),
        c.title().tokens(),
        c.title().version(),
        c.folderKey(),
        c.host(),
        c.publisher());
  }

  private static Candidate fromRow(Row r) {
    return new Candidate(
        r.getString(0),
        r.getString(1),
        r.getString(2),
        new NormalizedTitle(r.getList(3), r.getString(4)),
        r.getString(5),
        r.getString(6),
        r.getString(7));
  }
}
