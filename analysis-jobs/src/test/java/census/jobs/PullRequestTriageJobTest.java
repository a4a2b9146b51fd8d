package census.jobs;

import static census.jobs.SparkTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.warehouse.Tables;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PullRequestTriageJobTest {
  private static final String CERT = "certified-connectors/";
  private static final String IP = "independent-publisher-connectors/";

  /** The newest commit of any pull request, merged or not: the board's horizon. */
  private static final Instant NEWEST = Instant.parse("2025-06-30T12:00:00Z");

  private static List<Row> board;
  private static Map<Integer, Row> byNumber;

  @BeforeAll
  static void runJob() {
    List<Map<String, Object>> pulls = new ArrayList<>();
    List<Map<String, Object>> folders = new ArrayList<>();
    // #1 re-proposes a certified connector, with a new error: on_platform, blocks.
    pull(pulls, 1, IP + "Zoho CRM", "Zoho CRM", "2025-01-10T00:00:00Z", "2025-06-01T00:00:00Z");
    folders.add(folder(1, IP + "Zoho CRM", "added", 2, 3, 0));
    // #2 updates Contoso with a breaking change and also touches Weather Now, as #3 does.
    pull(pulls, 2, CERT + "Contoso", "Contoso", "2025-05-01T00:00:00Z", "2025-06-20T00:00:00Z");
    folders.add(folder(2, CERT + "Contoso", "modified", 0, 1, 2));
    folders.add(folder(2, IP + "Weather Now", "added", 0, 1, 0));
    // #3 adds Weather Now with nothing new: wait for #2, not blocking.
    pull(pulls, 3, IP + "Weather Now", "Weather", "2025-05-02T00:00:00Z", "2025-06-21T00:00:00Z");
    folders.add(folder(3, IP + "Weather Now", "added", 0, 0, 0));
    // #4's last commit is an hour older than twelve months before the newest: off the board, though
    // it still overlaps #2 and #3.
    pull(pulls, 4, IP + "Weather Now", "Weather", "2024-01-01T00:00:00Z", "2024-06-30T11:00:00Z");
    folders.add(folder(4, IP + "Weather Now", "added", 0, 0, 0));
    // #5 was merged: off the board, but its last commit is the newest of all.
    pull(pulls, 5, IP + "Solar", "Solar", "2025-06-01T00:00:00Z", NEWEST.toString());
    pulls.set(pulls.size() - 1, merged(pulls.get(pulls.size() - 1)));
    folders.add(folder(5, IP + "Solar", "added", 0, 0, 0));
    // #6 changes no connector folder and was last active exactly twelve months before the newest:
    // on the board, with no outcome.
    pull(pulls, 6, null, null, "2024-06-01T00:00:00Z", "2024-06-30T12:00:00Z");

    board =
        new PullRequestTriageJob()
            .run(
                JobInputs.of(
                    SparkTest.spark(),
                    Map.of(
                        "connectors",
                        SparkTest.frame(
                            Tables.CONNECTORS,
                            List.of(
                                row(
                                    "kind",
                                    "certified",
                                    "path",
                                    CERT + "Zoho CRM",
                                    "folder",
                                    "Zoho CRM",
                                    "title",
                                    "Zoho CRM"),
                                row(
                                    "kind",
                                    "certified",
                                    "path",
                                    CERT + "Contoso",
                                    "folder",
                                    "Contoso",
                                    "title",
                                    "Contoso"))),
                        "pull_requests",
                        SparkTest.frame(Tables.PULL_REQUESTS, pulls),
                        "pull_request_connectors",
                        SparkTest.frame(Tables.PULL_REQUEST_CONNECTORS, folders))))
            .get("pr_triage")
            .collectAsList();
    byNumber =
        board.stream()
            .collect(Collectors.toMap(r -> (Integer) r.getAs("number"), Function.identity()));
  }

  @Test
  void holdsUnmergedPullRequestsActiveInTheLastTwelveMonthsOfTheDataNewestFirst() {
    assertEquals(List.of(3, 2, 1, 6), board.stream().map(r -> (int) r.getAs("number")).toList());
    assertEquals(
        "https://github.com/microsoft/PowerPlatformConnectors/pull/3",
        byNumber.get(3).getAs("url"));
    assertEquals(171, (int) byNumber.get(1).getAs("age_days"), "Jan 10 to Jun 30");
  }

  @Test
  void carriesTheOverlapOutcomeAndWhatDecidedIt() {
    Row zoho = byNumber.get(1);
    assertEquals("on_platform", zoho.getAs("outcome"));
    assertEquals(CERT + "Zoho CRM", zoho.getAs("target_path"));
    assertEquals("update", byNumber.get(2).getAs("outcome"));
    Row weather = byNumber.get(3);
    assertEquals("open_pull_request", weather.getAs("outcome"));
    assertEquals(2, (int) weather.getAs("target_number"));
    assertNull(byNumber.get(6).getAs("outcome"));
  }

  @Test
  void sumsItsFoldersAndCountsTheUnmergedPullRequestsSharingThem() {
    Row contoso = byNumber.get(2);
    assertEquals(2, (int) contoso.getAs("folder_count"));
    assertEquals(2, (int) contoso.getAs("new_warning_count"));
    assertEquals(2, (int) contoso.getAs("breaking_change_count"));
    assertEquals(2, (int) contoso.getAs("overlaps"), "#3 and #4, which is off the board");
    assertEquals(2, (int) byNumber.get(3).getAs("overlaps"));
    assertEquals(0, (int) byNumber.get(1).getAs("overlaps"));
    assertEquals(0, (int) byNumber.get(6).getAs("folder_count"));
  }

  @Test
  void blocksOnANewErrorABreakingChangeOrAConnectorOnThePlatform() {
    assertTrue((boolean) byNumber.get(1).getAs("blocks"));
    assertTrue((boolean) byNumber.get(2).getAs("blocks"));
    assertFalse((boolean) byNumber.get(3).getAs("blocks"));
    assertFalse((boolean) byNumber.get(6).getAs("blocks"));
  }

  private static void pull(
      List<Map<String, Object>> pulls,
      int number,
      String path,
      String title,
      String first,
      String last) {
    pulls.add(
        row(
            "number",
            number,
            "path",
            path,
            "proposed_title",
            title,
            "author",
            "Author " + number,
            "first_commit_time",
            Timestamp.from(Instant.parse(first)),
            "last_commit_time",
            Timestamp.from(Instant.parse(last)),
            "commit_count",
            1,
            "merged",
            false));
  }

  private static Map<String, Object> merged(Map<String, Object> pull) {
    Map<String, Object> merged = new java.util.HashMap<>(pull);
    merged.put("merged", true);
    return merged;
  }

  private static Map<String, Object> folder(
      int number, String path, String change, int errors, int warnings, int breaking) {
    return SparkTest.pullRequestFolder(
        number,
        path,
        change,
        "t" + number,
        "new_error_count",
        errors,
        "new_warning_count",
        warnings,
        "breaking_change_count",
        breaking);
  }
}
