package census.jobs;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import census.model.ConnectorKind;
import census.rules.FindingKey;
import census.rules.Rule;
import census.rules.RuleCatalog;
import census.rules.RuleInfo;
import census.rules.SeverityPolicy;
import census.rules.files.ByteOrderMark;
import census.rules.files.FileNotUtf8;
import census.rules.files.InvalidJson;
import census.warehouse.TableSchema;
import census.warehouse.Tables;
import com.google.auto.service.AutoService;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The repository's evidence on each rule of the catalog ({@code rule_evidence}), per window of
 * merges and per facet: how many merged connector versions and live connectors carry its findings,
 * and how many of its violations pull requests fixed before they were merged or in commits that say
 * they fix validation. {@link SeverityPolicy} turns the calibration window into severities; the
 * test window, after {@link SeverityPolicy#CALIBRATION_END}, is kept to test it.
 */
@AutoService(AnalysisJob.class)
public final class RuleEvidenceJob implements AnalysisJob {
  static final String CALIBRATION = "calibration";
  static final String TEST = "test";

  /** The facet of the whole rule. */
  static final String WHOLE_RULE = "";

  /**
   * The last instant of the calibration window: the end of {@link SeverityPolicy#CALIBRATION_END}
   * in UTC, to the microsecond Spark's timestamps hold.
   */
  static final Instant CALIBRATION_LAST =
      LocalDate.parse(SeverityPolicy.CALIBRATION_END)
          .plusDays(1)
          .atStartOfDay(ZoneOffset.UTC)
          .toInstant()
          .minus(1, ChronoUnit.MICROS);

  /**
   * A pull-request commit message that says it fixes what validation or certification reported
   * (matched anywhere in the first line, ignoring case): the Swagger Validator, {@code paconn}, the
   * certification review, "fix errors/warnings", lint, "(in)valid". Not "certified", which names
   * the kind folder in many ordinary messages ("Add certified connector X").
   */
  static final String VALIDATION_FIX =
      "(?i)\\b(in)?valid(at\\w*)?\\b|swagger.?validat|\\bpaconn|\\bcertification"
          + "|\\bfix(e[sd]|ing)? (the )?(errors?|warnings?)\\b|\\blint";

  private static final StructType KEY =
      new StructType()
          .add("file", DataTypes.StringType)
          .add("rule_id", DataTypes.StringType)
          .add("path", DataTypes.StringType)
          .add("message", DataTypes.StringType)
          .add("facet", DataTypes.StringType);

  /** {@link FindingKey#of(String, String, String, String)} and its facet, as a struct. */
  private static final UserDefinedFunction FINDING_KEY =
      udf(
          (UDF4<String, String, String, String, Row>)
              (file, ruleId, pointer, message) -> {
                FindingKey k = FindingKey.of(file, ruleId, pointer, message);
                return RowFactory.create(k.file(), k.ruleId(), k.path(), k.message(), k.facet());
              },
          KEY);

  @Override
  public String name() {
    return "rule-evidence";
  }

  @Override
  public List<TableSchema> outputs() {
    return List.of(Tables.RULE_EVIDENCE);
  }

  @Override
  public Map<String, Dataset<Row>> run(JobInputs inputs) {
    Dataset<Row> versions = inputs.table(Tables.CONNECTOR_VERSIONS);
    Dataset<Row> catalog = catalog(versions.sparkSession(), RuleCatalog.standard());
    Dataset<Row> contentRules =
        contentRules(
                withoutGuessedContent(inputs.table(Tables.CONTENT_FINDINGS), "content_hash"),
                catalog)
            .cache();
    Dataset<Row> pullFindings =
        keyed(
                withoutGuessedContent(
                    inputs.table(Tables.PULL_REQUEST_FINDINGS), "connector_path", "tree_id"),
                catalog)
            .cache();
    Dataset<Row> commits = inputs.table(Tables.PULL_REQUEST_COMMITS);
    Dataset<Row> merged = mergedVersions(versions);
    Dataset<Row> live = liveAtWindowEnds(versions);
    Dataset<Row> evidence =
        evidence(
            catalog,
            perRule(merged, catalog).withColumnRenamed("n", "versions"),
            perRule(live, catalog).withColumnRenamed("n", "connectors_live"),
            carrying(merged, contentRules, catalog).withColumnRenamed("n", "versions_carrying"),
            carrying(live, contentRules, catalog).withColumnRenamed("n", "connectors_carrying"),
            caseCounts(
                reviewCases(inputs.table(Tables.PULL_REQUESTS), commits, pullFindings),
                "review",
                "number",
                "review_pull_requests"),
            caseCounts(
                validationCases(
                    commits, inputs.table(Tables.PULL_REQUEST_CONNECTORS), pullFindings),
                "validation",
                "commit_id",
                "validation_commits"));
    return Map.of(
        Tables.RULE_EVIDENCE.name(),
        SparkSchemas.conform(evidence.orderBy("window", "rule_id", "facet"), Tables.RULE_EVIDENCE));
  }

  /**
   * One row per rule of {@code rules} and kind it applies to: rule_id, severity and kind (a {@link
   * ConnectorKind#id()}). Small: broadcast wherever it is joined.
   */
  static Dataset<Row> catalog(SparkSession spark, RuleCatalog rules) {
    List<Row> rows = new ArrayList<>();
    for (Rule rule : rules.rules()) {
      RuleInfo info = rule.info();
      for (ConnectorKind kind : ConnectorKind.values()) {
        if (RuleCatalog.appliesTo(info, kind)) {
          rows.add(RowFactory.create(info.id(), info.severity().id(), kind.id()));
        }
      }
    }
    return broadcast(
        spark.createDataFrame(
            rows,
            new StructType()
                .add("rule_id", DataTypes.StringType, false)
                .add("severity", DataTypes.StringType, false)
                .add("kind", DataTypes.StringType, false)));
  }

  /** The window a time falls in; null for a null time. */
  static Column windowOf(Column time) {
    return when(time.leq(lit(Timestamp.from(CALIBRATION_LAST))), lit(CALIBRATION))
        .when(time.isNotNull(), lit(TEST));
  }

  /**
   * Each window's end, as window and end: the calibration window's last instant, and the newest
   * commit_time of the history for the test window (none while the history is empty).
   */
  static Dataset<Row> windowEnds(Dataset<Row> versions) {
    Dataset<Row> calibration =
        versions
            .sparkSession()
            .range(1)
            .select(lit(CALIBRATION).as("window"), lit(Timestamp.from(CALIBRATION_LAST)).as("end"));
    Dataset<Row> test =
        versions
            .agg(max("commit_time").as("end"))
            .where(col("end").isNotNull())
            .select(lit(TEST).as("window"), col("end"));
    return calibration.unionByName(test);
  }

  /**
   * Merged connector versions per window, kind and content: window, kind, content_hash and n, the
   * versions (not deletions) committed in the window with that content.
   */
  static Dataset<Row> mergedVersions(Dataset<Row> versions) {
    return versions
        .where(col("change").notEqual("deleted"))
        .withColumn("window", windowOf(col("commit_time")))
        .where(col("window").isNotNull())
        .groupBy("window", "kind", "content_hash")
        .agg(count(lit(1)).as("n"));
  }

  /**
   * Connectors live at each window's end, per kind and content: window, kind, content_hash and n,
   * the connectors whose version current then (valid_from at or before the end, valid_to after it
   * or none) is not a deletion.
   */
  static Dataset<Row> liveAtWindowEnds(Dataset<Row> versions) {
    Dataset<Row> ends = windowEnds(versions);
    return versions
        .join(
            broadcast(ends),
            col("valid_from")
                .leq(col("end"))
                .and(col("valid_to").isNull().or(col("valid_to").gt(col("end")))))
        .where(col("change").notEqual("deleted"))
        .groupBy("window", "kind", "content_hash")
        .agg(count(lit(1)).as("n"));
  }

  /**
   * {@code findings} without those in files read by a guess (a file of a version, the rows sharing
   * the {@code version} columns, with an InvalidJson finding no JSON reader accepts), other than
   * their InvalidJson, ByteOrderMark and FileNotUtf8 findings. Census reads such a file around its
   * faults by a guess; what it finds in the guess is no evidence of what authors keep or reviewers
   * ask for, and fixing the syntax would count every such finding as fixed.
   */
  static Dataset<Row> withoutGuessedContent(Dataset<Row> findings, String... version) {
    return findings
        .join(
            guessedFiles(findings, version).withColumn("guessed", lit(true)),
            withFile(version),
            "left")
        .where(col("guessed").isNull().or(aboutTheBytes(col("rule_id"))))
        .drop("guessed");
  }

  /** The {@code version} columns and file of the files in {@code findings} read by a guess. */
  static Dataset<Row> guessedFiles(Dataset<Row> findings, String... version) {
    return findings
        .where(
            col("rule_id")
                .equalTo(lit(InvalidJson.ID))
                .and(
                    col("message")
                        .startsWith(InvalidJson.NOT_JSON)
                        .or(col("message").startsWith(InvalidJson.UNREADABLE))))
        .select(Arrays.stream(withFile(version)).map(functions::col).toArray(Column[]::new))
        .distinct();
  }

  /**
   * The rules about how a file is written (its syntax and encoding), whose findings hold in a file
   * read by a guess as in any other.
   */
  private static Column aboutTheBytes(Column ruleId) {
    return ruleId.isin(InvalidJson.ID, ByteOrderMark.ID, FileNotUtf8.ID);
  }

  private static String[] withFile(String... columns) {
    String[] out = Arrays.copyOf(columns, columns.length + 1);
    out[columns.length] = "file";
    return out;
  }

  /** The pull requests' folder versions' files (path, tree_id, file) read by a guess. */
  private static Dataset<Row> guessed(Dataset<Row> pullFindings) {
    return guessedFiles(pullFindings, "connector_path", "tree_id")
        .withColumnRenamed("connector_path", "path");
  }

  /**
   * {@code cases} (with {@code ids} and key) without those whose file in the later version, named
   * by {@code ids} and file in {@code unsure}, was read by a guess: whether they were fixed cannot
   * be told, since the guess carries no finding but those about its bytes.
   */
  static Dataset<Row> withoutUnsureCases(Dataset<Row> cases, Dataset<Row> unsure, String... ids) {
    String[] file = withFile(ids);
    return cases
        .withColumn("file", col("key.file"))
        .join(
            columns(unsure, List.of(file)).distinct().withColumn("unsure", lit(true)), file, "left")
        .where(col("unsure").isNull().or(aboutTheBytes(col("key.rule_id"))))
        .drop("unsure", "file");
  }

  /**
   * Findings of the catalog's rules with their {@link FindingKey}: the columns of {@code findings}
   * and {@code key} (file, rule_id, path, message) and {@code facet}.
   */
  static Dataset<Row> keyed(Dataset<Row> findings, Dataset<Row> catalog) {
    return findings
        .join(broadcast(catalog.select("rule_id").distinct()), "rule_id")
        .withColumn(
            "k",
            FINDING_KEY.apply(col("file"), col("rule_id"), col("json_pointer"), col("message")))
        .withColumn("key", struct(col("k.file"), col("k.rule_id"), col("k.path"), col("k.message")))
        .withColumn("facet", col("k.facet"))
        .drop("k");
  }

  /**
   * Each row once for its facet and once for the whole rule ({@link #WHOLE_RULE}); once only when
   * its facet is empty (a finding on the folder itself has no facet but the rule).
   */
  static Dataset<Row> withWholeRule(Dataset<Row> frame) {
    return frame.withColumn("facet", explode(array_distinct(array(lit(WHOLE_RULE), col("facet")))));
  }

  /**
   * Which contents carry which rule and facet: content_hash, rule_id, facet, once each (facet ""
   * for any finding of the rule).
   */
  static Dataset<Row> contentRules(Dataset<Row> contentFindings, Dataset<Row> catalog) {
    return withWholeRule(
            keyed(
                    contentFindings.select(
                        "content_hash", "file", "rule_id", "json_pointer", "message"),
                    catalog)
                .select("content_hash", "rule_id", "facet"))
        .distinct();
  }

  /**
   * Of {@code units} (window, kind, content_hash, n), those whose content carries each rule and
   * facet, for the rules that apply to their kind: window, rule_id, facet, n.
   */
  static Dataset<Row> carrying(
      Dataset<Row> units, Dataset<Row> contentRules, Dataset<Row> catalog) {
    return units
        .join(contentRules, "content_hash")
        .join(catalog, new String[] {"rule_id", "kind"})
        .groupBy("window", "rule_id", "facet")
        .agg(sum("n").as("n"));
  }

  /**
   * {@code units} (window, kind, content_hash, n) of the kinds each rule applies to: window,
   * rule_id, n.
   */
  static Dataset<Row> perRule(Dataset<Row> units, Dataset<Row> catalog) {
    return units
        .groupBy("window", "kind")
        .agg(sum("n").as("n"))
        .join(catalog, "kind")
        .groupBy("window", "rule_id")
        .agg(sum("n").as("n"));
  }

  /**
   * The keys of the findings of folder versions: {@code versions}' columns (with path and tree_id)
   * and key, facet for each finding (pull_request_findings on connector_path = path and tree_id).
   */
  static Dataset<Row> versionKeys(Dataset<Row> versions, Dataset<Row> pullFindings) {
    Dataset<Row> findings =
        pullFindings.select(
            col("connector_path").as("path"), col("tree_id"), col("key"), col("facet"));
    return versions.join(findings, new String[] {"path", "tree_id"});
  }

  /**
   * {@code before} (ids, window, key, facet) once per distinct row, with {@code fixed}: whether
   * {@code after} (ids, key) lacks the key.
   */
  static Dataset<Row> fixedCases(Dataset<Row> before, Dataset<Row> after, String... ids) {
    List<String> caseKey = new ArrayList<>(List.of(ids));
    caseKey.add("key");
    Dataset<Row> kept = columns(after, caseKey).distinct().withColumn("kept", lit(true));
    List<String> caseColumns = new ArrayList<>(caseKey);
    caseColumns.addAll(List.of("window", "facet"));
    return columns(before, caseColumns)
        .distinct()
        .join(kept, caseKey.toArray(String[]::new), "left")
        .withColumn("fixed", col("kept").isNull())
        .drop("kept");
  }

  private static Dataset<Row> columns(Dataset<Row> frame, List<String> names) {
    return frame.select(names.stream().map(functions::col).toArray(Column[]::new));
  }

  /**
   * Review cases: for each pull request merged in a window and folder whose final version is not a
   * deletion, every finding key of an earlier version (another tree than the final one), once per
   * pull request, folder and key: window, number, path, key, facet, fixed (absent from the final
   * version).
   */
  static Dataset<Row> reviewCases(
      Dataset<Row> pulls, Dataset<Row> commits, Dataset<Row> pullFindings) {
    Dataset<Row> merged =
        pulls
            .where(col("merged"))
            .select(col("number"), windowOf(col("merged_at")).as("window"))
            .where(col("window").isNotNull());
    Dataset<Row> finals =
        commits
            .where(col("is_final").and(col("tree_id").isNotNull()))
            .select(col("number"), col("path"), col("tree_id").as("final_tree"))
            .distinct()
            .join(merged, "number");
    Dataset<Row> earlier =
        commits
            .select("number", "path", "tree_id")
            .join(finals, new String[] {"number", "path"})
            .where(col("tree_id").notEqual(col("final_tree")))
            .select("window", "number", "path", "tree_id")
            .distinct();
    Dataset<Row> finalKeys =
        versionKeys(
            finals.select(col("number"), col("path"), col("final_tree").as("tree_id")),
            pullFindings);
    Dataset<Row> unsure =
        finals.join(
            guessed(pullFindings).withColumnRenamed("tree_id", "final_tree"),
            new String[] {"path", "final_tree"});
    return withoutUnsureCases(
        fixedCases(versionKeys(earlier, pullFindings), finalKeys, "number", "path"),
        unsure,
        "number",
        "path");
  }

  /**
   * Validation cases: for each pull-request commit in a window whose message matches {@link
   * #VALIDATION_FIX} and that leaves the folder in place, every finding key of the version before
   * it (the same pull request and folder's row of the previous ordinal, else the folder's
   * base_tree_id), once per commit, folder and key: window, commit_id, path, key, facet, fixed
   * (absent after the commit).
   */
  static Dataset<Row> validationCases(
      Dataset<Row> commits, Dataset<Row> folders, Dataset<Row> pullFindings) {
    WindowSpec order = Window.partitionBy("number", "path").orderBy("ordinal");
    Dataset<Row> fixes =
        commits
            .join(
                folders.select("number", "path", "base_tree_id"),
                new String[] {"number", "path"},
                "left")
            .withColumn(
                "before_tree",
                when(lag("ordinal", 1).over(order).isNotNull(), lag("tree_id", 1).over(order))
                    .otherwise(col("base_tree_id")))
            .withColumn("window", windowOf(col("commit_time")))
            .where(
                col("message")
                    .rlike(VALIDATION_FIX)
                    .and(col("tree_id").isNotNull())
                    .and(col("window").isNotNull()));
    Dataset<Row> before =
        versionKeys(
            fixes.select(
                col("window"), col("commit_id"), col("path"), col("before_tree").as("tree_id")),
            pullFindings);
    Dataset<Row> after = versionKeys(fixes.select("commit_id", "path", "tree_id"), pullFindings);
    Dataset<Row> unsure =
        fixes
            .select("commit_id", "path", "tree_id")
            .join(guessed(pullFindings), new String[] {"path", "tree_id"});
    return withoutUnsureCases(
        fixedCases(before, after, "commit_id", "path"), unsure, "commit_id", "path");
  }

  /**
   * Cases (with key, facet, fixed) counted per window, rule and facet: window, rule_id, facet,
   * {@code prefix}_cases, {@code prefix}_fixed, and in how many distinct {@code unit}s they were
   * ({@code units}: pull requests or commits), so that many cases from one pull request show as the
   * small sample they are.
   */
  static Dataset<Row> caseCounts(Dataset<Row> cases, String prefix, String unit, String units) {
    return withWholeRule(cases)
        .groupBy(col("window"), col("key.rule_id").as("rule_id"), col("facet"))
        .agg(
            count(lit(1)).as(prefix + "_cases"),
            sum(when(col("fixed"), 1L).otherwise(0L)).as(prefix + "_fixed"),
            countDistinct(col(unit)).as(units));
  }

  /**
   * The table: one row per window and rule of the catalog for the whole rule (zeros where nothing
   * was found), and one per facet with a figure in the window, each with its rule's severity,
   * denominators and shares.
   */
  static Dataset<Row> evidence(
      Dataset<Row> catalog,
      Dataset<Row> versions,
      Dataset<Row> connectorsLive,
      Dataset<Row> versionsCarrying,
      Dataset<Row> connectorsCarrying,
      Dataset<Row> reviewCounts,
      Dataset<Row> validationCounts) {
    SparkSession spark = catalog.sparkSession();
    Dataset<Row> rules = catalog.select("rule_id", "severity").distinct();
    Dataset<Row> grid =
        spark
            .createDataFrame(
                List.of(RowFactory.create(CALIBRATION), RowFactory.create(TEST)),
                new StructType().add("window", DataTypes.StringType))
            .crossJoin(rules.select("rule_id"))
            .withColumn("facet", lit(WHOLE_RULE));
    Column[] sums =
        Stream.of(
                "versions_carrying",
                "connectors_carrying",
                "review_cases",
                "review_fixed",
                "review_pull_requests",
                "validation_cases",
                "validation_fixed",
                "validation_commits")
            .map(c -> sum(coalesce(col(c), lit(0L))).as(c))
            .toArray(Column[]::new);
    Dataset<Row> figures =
        grid.unionByName(versionsCarrying, true)
            .unionByName(connectorsCarrying, true)
            .unionByName(reviewCounts, true)
            .unionByName(validationCounts, true)
            .groupBy("window", "rule_id", "facet")
            .agg(sums[0], Arrays.copyOfRange(sums, 1, sums.length));
    return figures
        .join(broadcast(rules), "rule_id")
        .join(versions, new String[] {"window", "rule_id"}, "left")
        .join(connectorsLive, new String[] {"window", "rule_id"}, "left")
        .withColumn("versions", coalesce(col("versions"), lit(0L)))
        .withColumn("connectors_live", coalesce(col("connectors_live"), lit(0L)))
        .withColumn("carry_share", share("versions_carrying", "versions", lit(0.0)))
        .withColumn("review_fix_share", share("review_fixed", "review_cases", lit(null)))
        .withColumn(
            "validation_fix_share", share("validation_fixed", "validation_cases", lit(null)));
  }

  /** part / whole as a double, {@code none} when whole is 0. */
  private static Column share(String part, String whole, Column none) {
    return when(col(whole).equalTo(0), none.cast("double"))
        .otherwise(col(part).cast("double").divide(col(whole)));
  }
}
