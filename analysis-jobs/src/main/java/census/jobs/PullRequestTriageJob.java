package census.jobs;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;

import census.check.Outcome;
import census.warehouse.TableSchema;
import census.warehouse.Tables;
import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The triage board: each pull request not merged and active lately, with the pr-overlap job's
 * outcome, the other unmerged pull requests that change its folders, and the new findings and
 * breaking changes of its folders. Recent activity stands in for "open", which git cannot tell.
 */
@AutoService(AnalysisJob.class)
public final class PullRequestTriageJob implements AnalysisJob {
  /**
   * Months before the newest pull-request commit in the warehouse within which a pull request's
   * last commit puts it on the board; measured to the data, not to today, so a warehouse gives the
   * same board on any day.
   */
  static final int WINDOW_MONTHS = 12;

  static final String PULL_URL = "https://github.com/microsoft/PowerPlatformConnectors/pull/";

  @Override
  public String name() {
    return "pr-triage";
  }

  @Override
  public List<TableSchema> outputs() {
    return List.of(Tables.PR_TRIAGE);
  }

  @Override
  public Map<String, Dataset<Row>> run(JobInputs inputs) {
    Dataset<Row> pulls = inputs.table(Tables.PULL_REQUESTS);
    Dataset<Row> folders = inputs.table(Tables.PULL_REQUEST_CONNECTORS);
    Dataset<Row> open = PullRequestOverlapJob.open(pulls, folders).cache();
    Dataset<Row> connectors = inputs.table(Tables.CONNECTORS);
    // Computed again rather than read: a job reads the published tables, not another job's output
    // of the same run.
    Dataset<Row> outcomes = PullRequestOverlapJob.outcomes(open, connectors, folders);
    Dataset<Row> board =
        triage(
            active(pulls),
            folderTotals(folders),
            overlaps(PullRequestOverlapJob.conflicts(open, folders)),
            outcomes);
    return Map.of(
        Tables.PR_TRIAGE.name(),
        SparkSchemas.conform(
            board.orderBy(col("last_commit_time").desc(), col("number")), Tables.PR_TRIAGE));
  }

  /**
   * Reads pull_requests; keeps those not merged whose last commit is within {@link #WINDOW_MONTHS}
   * of the newest last_commit_time of all, and adds age_days (first commit to that newest time).
   */
  static Dataset<Row> active(Dataset<Row> pulls) {
    Dataset<Row> horizon = pulls.agg(max("last_commit_time").as("horizon"));
    return pulls
        .crossJoin(horizon)
        .where(
            not(col("merged"))
                .and(
                    col("last_commit_time")
                        .geq(col("horizon").minus(expr("INTERVAL " + WINDOW_MONTHS + " MONTHS")))))
        .withColumn("age_days", datediff(col("horizon"), col("first_commit_time")))
        .select(
            "number",
            "author",
            "first_commit_time",
            "last_commit_time",
            "age_days",
            "commit_count",
            "path",
            "proposed_title");
  }

  /**
   * Reads pull_request_connectors; writes per number folder_count and the sums of new_error_count,
   * new_warning_count and breaking_change_count.
   */
  static Dataset<Row> folderTotals(Dataset<Row> folders) {
    return folders
        .groupBy("number")
        .agg(
            count(lit(1)).cast("int").as("folder_count"),
            sum("new_error_count").cast("int").as("new_error_count"),
            sum("new_warning_count").cast("int").as("new_warning_count"),
            sum("breaking_change_count").cast("int").as("breaking_change_count"));
  }

  /**
   * Reads pr_conflicts rows (number, other_number); writes per number the count of distinct other
   * pull requests it shares a folder with, whichever came first.
   */
  static Dataset<Row> overlaps(Dataset<Row> conflicts) {
    return conflicts
        .select(col("number"), col("other_number").as("other"))
        .unionByName(conflicts.select(col("other_number").as("number"), col("number").as("other")))
        .groupBy("number")
        .agg(countDistinct("other").cast("int").as("overlaps"));
  }

  /**
   * Joins the active pull requests with their folder totals, overlaps and pr_overlap outcome
   * (number, outcome, target_*); writes blocks (a new error, a breaking change or outcome
   * on_platform) and url, built from the number alone.
   */
  static Dataset<Row> triage(
      Dataset<Row> active, Dataset<Row> totals, Dataset<Row> overlaps, Dataset<Row> outcomes) {
    return active
        .join(totals, new String[] {"number"}, "left")
        .join(overlaps, new String[] {"number"}, "left")
        .join(
            outcomes.select("number", "outcome", "target_path", "target_number", "target_title"),
            new String[] {"number"},
            "left")
        .na()
        .fill(
            0,
            new String[] {
              "folder_count",
              "new_error_count",
              "new_warning_count",
              "breaking_change_count",
              "overlaps"
            })
        .withColumn(
            "blocks",
            col("new_error_count")
                .gt(0)
                .or(col("breaking_change_count").gt(0))
                .or(coalesce(col("outcome").equalTo(Outcome.ON_PLATFORM.id()), lit(false))))
        .withColumn("url", concat(lit(PULL_URL), col("number").cast("string")));
  }
}
