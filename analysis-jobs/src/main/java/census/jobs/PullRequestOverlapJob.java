package census.jobs;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import census.check.Checker;
import census.check.Outcome;
import census.match.PairClass;
import census.warehouse.TableSchema;
import census.warehouse.Tables;
import com.google.auto.service.AutoService;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * Classifies each open pull request with the publishing process's table (does the connector it
 * proposes exist on the platform, as an independent publisher connector, or in an earlier open
 * proposal or pull request?) and lists open pull requests that change the same folder. Titles are
 * compared with {@link TitleMatching}, as the duplicate-titles job compares them.
 */
@AutoService(AnalysisJob.class)
public final class PullRequestOverlapJob implements AnalysisJob {
  /** The outcome of a pull request that changes a connector which exists already. */
  static final String UPDATE = "update";

  /** Candidate ids of pull requests, apart from connector paths: {@code #N}. */
  private static final String PULL = "#";

  private static final List<String> COVERING =
      Arrays.stream(PairClass.values()).filter(PairClass::covers).map(PairClass::id).toList();

  private static final UserDefinedFunction OUTCOME =
      udf(
          (UDF3<String, Boolean, Boolean, String>)
              (kind, pullRequest, proposal) ->
                  Outcome.of(kind, pullRequest, Boolean.TRUE.equals(proposal)).id(),
          DataTypes.StringType);

  @Override
  public String name() {
    return "pr-overlap";
  }

  @Override
  public List<TableSchema> outputs() {
    return List.of(Tables.PR_OVERLAP, Tables.PR_CONFLICTS);
  }

  @Override
  public Map<String, Dataset<Row>> run(JobInputs inputs) {
    Dataset<Row> folders = inputs.table(Tables.PULL_REQUEST_CONNECTORS);
    Dataset<Row> open = open(inputs.table(Tables.PULL_REQUESTS), folders).cache();
    Dataset<Row> connectors = inputs.table(Tables.CONNECTORS);
    return Map.of(
        Tables.PR_OVERLAP.name(),
        SparkSchemas.conform(
            outcomes(open, connectors, folders).orderBy("number"), Tables.PR_OVERLAP),
        Tables.PR_CONFLICTS.name(),
        SparkSchemas.conform(
            conflicts(open, folders).orderBy("path", "number", "other_number"),
            Tables.PR_CONFLICTS));
  }

  /**
   * Each open pull request's outcome: the {@link #overlap} of its matches by {@link #sameFolder},
   * {@link #sameTitle} and {@link #sameHost}; the columns of {@code pr_overlap}.
   */
  static Dataset<Row> outcomes(Dataset<Row> open, Dataset<Row> connectors, Dataset<Row> folders) {
    return overlap(
        open,
        sameFolder(open, connectors, folders)
            .unionByName(sameTitle(open, connectors))
            .unionByName(sameHost(open, connectors)));
  }

  /** Pull requests not merged that change a connector folder, with that folder's change. */
  static Dataset<Row> open(Dataset<Row> pulls, Dataset<Row> folders) {
    return pulls
        .where(not(col("merged")).and(col("path").isNotNull()))
        .select("number", "path", "proposed_title", "is_proposal", "has_artifacts")
        .join(
            folders.select("number", "path", "folder", "change", "host", "publisher"),
            new String[] {"number", "path"});
  }

  /**
   * Same folder: the folder an added pull request proposes exists on dev, or an earlier open pull
   * request changes it too.
   */
  static Dataset<Row> sameFolder(Dataset<Row> open, Dataset<Row> connectors, Dataset<Row> folders) {
    Dataset<Row> added = open.where(col("change").equalTo("added"));
    Dataset<Row> onDev =
        added
            .join(
                connectors.select(col("path"), col("kind"), col("title"), col("folder").as("f")),
                "path")
            .select(
                col("number"),
                col("path").as("target_path"),
                lit(null).cast("int").as("target_number"),
                coalesce(col("title"), col("f")).as("target_title"),
                outcomeOfKind(col("kind")).as("outcome"),
                lit("same_folder").as("match_class"),
                lit(1.0).as("score"),
                concat(lit("the folder "), col("path"), lit(" exists on dev")).as("reason"));
    Dataset<Row> otherFolders =
        folders
            .where(col("change").notEqual("deleted"))
            .select(col("number").as("target_number"), col("path").as("other_path"))
            .join(
                open.select(
                    col("number").as("target_number"),
                    col("proposed_title").as("target_title"),
                    col("is_proposal").as("target_proposal")),
                "target_number");
    Dataset<Row> inPulls =
        added
            .join(
                otherFolders,
                added
                    .col("path")
                    .equalTo(otherFolders.col("other_path"))
                    .and(otherFolders.col("target_number").lt(added.col("number"))))
            .select(
                col("number"),
                lit(null).cast("string").as("target_path"),
                col("target_number"),
                col("target_title"),
                outcomeOfPull(col("target_proposal")).as("outcome"),
                lit("same_folder").as("match_class"),
                lit(1.0).as("score"),
                concat(
                        lit("pull request #"),
                        col("target_number").cast("string"),
                        lit(" also changes "),
                        col("path"))
                    .as("reason"));
    return onDev.unionByName(inPulls);
  }

  /**
   * Titles the matcher calls one connector, among the connectors on dev and the open pull requests,
   * each pull request filed as candidate {@code #N}.
   */
  static Dataset<Row> sameTitle(Dataset<Row> open, Dataset<Row> connectors) {
    Dataset<Row> entries = entries(connectors).unionByName(proposals(open));
    Dataset<Row> pairs =
        TitleMatching.relatedPairs(TitleMatching.candidates(entries).cache())
            .where(col("class").isin(COVERING.toArray()));
    // Each pair seen from the pull request's side; a pull request is covered by earlier ones only.
    Dataset<Row> oriented =
        pairs
            .select(
                col("path_a").as("me"),
                col("path_b").as("other"),
                col("kind_b").as("other_kind"),
                col("title_b").as("target_title"),
                col("class"),
                col("score"),
                col("evidence"))
            .unionByName(
                pairs.select(
                    col("path_b").as("me"),
                    col("path_a").as("other"),
                    col("kind_a").as("other_kind"),
                    col("title_a").as("target_title"),
                    col("class"),
                    col("score"),
                    col("evidence")))
            .where(col("me").startsWith(PULL))
            .withColumn("number", pullNumber(col("me")))
            .withColumn("target_number", pullNumber(col("other")))
            .where(col("target_number").isNull().or(col("target_number").lt(col("number"))));
    Dataset<Row> proposals =
        open.select(col("number").as("target_number"), col("is_proposal").as("target_proposal"));
    return oriented
        .join(
            proposals,
            oriented.col("target_number").equalTo(proposals.col("target_number")),
            "left")
        .select(
            col("number"),
            when(col("other").startsWith(PULL), lit(null))
                .otherwise(col("other"))
                .cast("string")
                .as("target_path"),
            oriented.col("target_number"),
            col("target_title"),
            when(oriented.col("target_number").isNull(), outcomeOfKind(col("other_kind")))
                .otherwise(outcomeOfPull(col("target_proposal")))
                .as("outcome"),
            col("class").as("match_class"),
            col("score"),
            concat(col("class"), lit(": "), col("evidence")).as("reason"));
  }

  /**
   * Same host: the definition an added pull request proposes calls a host that is evidence of one
   * service ({@link census.match.HostEvidence}: specific, and called on dev only by connectors the
   * matcher calls one service), whatever the titles say.
   */
  static Dataset<Row> sameHost(Dataset<Row> open, Dataset<Row> connectors) {
    Dataset<Row> onDev = TitleMatching.candidates(entries(connectors));
    Dataset<Row> callers =
        onDev
            .join(
                TitleMatching.evidentialHosts(onDev).select(col("host")),
                col("c.host").equalTo(col("host")))
            .select(
                col("host"),
                col("path").as("target_path"),
                col("kind").as("target_kind"),
                col("c").as("target"));
    Dataset<Row> proposed =
        TitleMatching.candidates(proposals(open))
            .where(col("c.host").isNotNull())
            .select(
                pullNumber(col("path")).as("number"),
                col("c.host").as("host"),
                col("c").as("proposal"));
    return proposed
        .join(callers, "host")
        .select(
            col("number"),
            col("target_path"),
            lit(null).cast("int").as("target_number"),
            col("target.label").as("target_title"),
            outcomeOfKind(col("target_kind")).as("outcome"),
            lit(Checker.SAME_HOST).as("match_class"),
            TitleMatching.similarity(col("proposal"), col("target")).as("score"),
            concat(lit(Checker.SAME_HOST + ": both definitions call "), col("host")).as("reason"));
  }

  /** The matcher's entries for the connectors on dev. */
  private static Dataset<Row> entries(Dataset<Row> connectors) {
    return connectors.select("path", "kind", "folder", "title", "host", "publisher");
  }

  /** The matcher's entries for the folders open pull requests add, each as candidate #N. */
  private static Dataset<Row> proposals(Dataset<Row> open) {
    return open.where(col("change").equalTo("added"))
        .select(
            concat(lit(PULL), col("number").cast("string")).as("path"),
            lit("pull_request").as("kind"),
            col("folder"),
            col("proposed_title").as("title"),
            col("host"),
            col("publisher"));
  }

  /**
   * Each open pull request with the strongest match (by the table's order of outcomes, then score),
   * or {@code new}; one that changes an existing folder is an {@value #UPDATE}.
   */
  static Dataset<Row> overlap(Dataset<Row> open, Dataset<Row> matches) {
    Column rank =
        array_position(
            array(Arrays.stream(Outcome.values()).map(o -> lit(o.id())).toArray(Column[]::new)),
            col("outcome"));
    Dataset<Row> best =
        matches
            .withColumn(
                "pick",
                row_number()
                    .over(
                        Window.partitionBy("number")
                            .orderBy(
                                rank.asc(),
                                col("score").desc(),
                                col("target_number").asc_nulls_first(),
                                col("target_path").asc())))
            .where(col("pick").equalTo(1))
            .drop("pick");
    Column added = col("change").equalTo("added");
    return open.join(best, new String[] {"number"}, "left")
        .select(
            col("number"),
            col("path"),
            col("proposed_title"),
            col("is_proposal"),
            col("has_artifacts"),
            when(not(added), lit(UPDATE))
                .otherwise(coalesce(col("outcome"), lit(Outcome.NEW.id())))
                .as("outcome"),
            when(added, col("target_path")).otherwise(col("path")).as("target_path"),
            when(added, col("target_number")).as("target_number"),
            when(added, col("target_title")).as("target_title"),
            when(added, col("match_class")).as("match_class"),
            when(added, col("score")).as("score"),
            when(
                    not(added),
                    concat(lit("it "), col("change"), lit(" "), col("path"), lit(", which exists")))
                .otherwise(
                    coalesce(
                        col("reason"),
                        lit(
                            "no connector on dev nor earlier open pull request has its folder or title")))
                .as("reason"));
  }

  /** Pairs of open pull requests that change the same folder. */
  static Dataset<Row> conflicts(Dataset<Row> open, Dataset<Row> folders) {
    Dataset<Row> touching =
        folders
            .join(open.select("number").distinct(), "number")
            .select("number", "path", "change", "tree_id");
    Dataset<Row> a = touching.alias("a");
    Dataset<Row> b = touching.alias("b");
    return a.join(b, col("a.path").equalTo(col("b.path")).and(col("a.number").lt(col("b.number"))))
        .select(
            col("a.path").as("path"),
            col("a.number").as("number"),
            col("b.number").as("other_number"),
            col("a.change").as("change"),
            col("b.change").as("other_change"),
            col("a.tree_id").eqNullSafe(col("b.tree_id")).as("same_content"));
  }

  /** N of a candidate id {@code #N}; null for a connector path (ANSI casts would fail on it). */
  private static Column pullNumber(Column id) {
    return when(id.startsWith(PULL), substring_index(id, PULL, -1).cast("int"));
  }

  /** The publishing process's outcome of a connector of {@code kind} covering a proposal. */
  private static Column outcomeOfKind(Column kind) {
    return OUTCOME.apply(kind, lit(false), lit(false));
  }

  /** The outcome of an earlier open pull request covering a proposal. */
  private static Column outcomeOfPull(Column proposal) {
    return OUTCOME.apply(lit(null).cast("string"), lit(true), proposal);
  }
}
