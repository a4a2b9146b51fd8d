package census.jobs;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.udf;

import census.match.Blocking;
import census.match.Candidate;
import census.match.HostEvidence;
import census.match.PairMatch;
import census.match.TitleMatcher;
import census.match.TitleNormalizer.NormalizedTitle;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
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
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The Spark-free title matcher ({@code census.match}) over DataFrames, for the jobs that compare
 * titles (duplicate-titles, pr-overlap): each entry becomes a {@link Candidate}, is filed under its
 * {@link Blocking} keys, compared with its neighbours in each block, and each related pair is
 * classified by {@link TitleMatcher}. {@link #relatedPairs} chains the steps.
 */
final class TitleMatching {
  /** Neighbours compared on each side within a block: bounds the cost of a large block. */
  static final int WINDOW = 20;

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

  private static final UserDefinedFunction ONE_SERVICE =
      udf(
          (UDF1<Seq<Row>, Boolean>)
              callers ->
                  HostEvidence.oneService(
                      CollectionConverters.asJava(callers).stream()
                          .map(TitleMatching::fromRow)
                          .toList()),
          DataTypes.BooleanType);

  private static final UserDefinedFunction SIMILARITY =
      udf(
          (UDF2<Row, Row, Double>) (a, b) -> HostEvidence.similarity(fromRow(a), fromRow(b)),
          DataTypes.DoubleType);

  private TitleMatching() {}

  /**
   * The hosts among {@link #candidates} that are evidence of one service ({@link HostEvidence}).
   * Reads c; writes host, and callers (the candidates calling it).
   */
  static Dataset<Row> evidentialHosts(Dataset<Row> candidates) {
    return candidates
        .where(col("c.host").isNotNull())
        .groupBy(col("c.host").as("host"))
        .agg(collect_list(col("c")).as("callers"))
        .where(ONE_SERVICE.apply(col("callers")));
  }

  /** {@link HostEvidence#similarity} of two candidate columns. */
  static Column similarity(Column a, Column b) {
    return SIMILARITY.apply(a, b);
  }

  /**
   * The related pairs among {@link #candidates}: {@link #classify} of the {@link #neighbourPairs}
   * of their {@link #blocked} entries.
   */
  static Dataset<Row> relatedPairs(Dataset<Row> candidates) {
    return classify(neighbourPairs(blocked(candidates)), candidates);
  }

  /**
   * One matcher candidate per entry, normalised once. Reads path (the entry's id), kind, folder,
   * title, host and publisher; writes path, kind and c, the {@link Candidate} as a struct (id,
   * kind, label, tokens, version, folder_key, host, publisher). An entry whose title and folder
   * have no letters or digits is left out: it matches nothing.
   */
  static Dataset<Row> candidates(Dataset<Row> entries) {
    return entries
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

  /**
   * Each candidate once per blocking key, ranked within the block and cut into chunks of {@link
   * #WINDOW}. Reads path and c; writes path, block, sort_key, rank (1-based, by sort_key then path)
   * and chunk (rank / WINDOW).
   */
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
   * chunk and the next chunk, so the join stays an equi-join on (block, chunk). Reads block, chunk,
   * path and rank; writes path_a and path_b (path_a &lt; path_b), each pair once.
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

  /**
   * The pairs {@link TitleMatcher} relates, with what it says of them. Reads path_a and path_b of
   * {@code pairs}, path and c of {@code candidates}; writes path_a, path_b, class, score, evidence,
   * title_a, title_b (the candidates' labels), kind_a and kind_b: the columns of {@code
   * duplicate_pairs}. Unrelated pairs are left out.
   */
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
