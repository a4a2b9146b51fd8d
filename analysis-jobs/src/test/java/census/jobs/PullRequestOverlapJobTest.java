package census.jobs;

import static census.jobs.SparkTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.warehouse.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PullRequestOverlapJobTest {
  private static final String CERT = "certified-connectors/";
  private static final String IP = "independent-publisher-connectors/";
  private static Map<Integer, Row> overlap;
  private static List<Row> conflicts;

  @BeforeAll
  static void runJob() {
    Dataset<Row> connectors =
        SparkTest.frame(
            Tables.CONNECTORS,
            List.of(
                connector("certified", CERT + "Zoho CRM", "Zoho CRM"),
                connector("certified", CERT + "Salesforce", "Salesforce"),
                connector("certified", CERT + "Contoso", "Contoso Tasks"),
                connector(
                    "independent_publisher", IP + "Cat Facts", "Cat Facts (Independent Publisher)"),
                hosted(
                    connector("certified", CERT + "Fabrikam", "Fabrikam Billing"),
                    "api.fabrikam.io"),
                hosted(
                    connector("certified", CERT + "HubSpot CRM", "HubSpot CRM"), "api.hubapi.com"),
                hosted(
                    connector("certified", CERT + "HubSpot CMS", "HubSpot CMS"), "api.hubapi.com"),
                hosted(
                    connector("certified", CERT + "Outlook Tasks", "Outlook Tasks"),
                    "graph.microsoft.com")));
    List<Map<String, Object>> pulls = new ArrayList<>();
    List<Map<String, Object>> folders = new ArrayList<>();
    pull(
        pulls,
        folders,
        10,
        IP + "Zoho CRM",
        "added",
        "Zoho CRM (Independent Publisher)",
        false,
        true,
        "t10");
    pull(pulls, folders, 11, IP + "CatFacts", "added", "Cat Facts", false, true, "t11");
    pull(pulls, folders, 12, IP + "Proposal - Dog Facts", "added", "Dog Facts", true, false, "t12");
    pull(pulls, folders, 13, IP + "Dog Facts", "added", "Dog Facts", false, true, "t13");
    pull(pulls, folders, 14, IP + "Weather Now", "added", "Weather Now", false, true, "t14");
    pull(pulls, folders, 15, IP + "Weather Now", "added", "Forecast Tools", false, true, "t15");
    pull(pulls, folders, 16, CERT + "Contoso", "modified", "Contoso Tasks", false, true, "t16");
    pull(pulls, folders, 18, IP + "Salesforse", "added", "Salesforse", false, true, "t18");
    pull(pulls, folders, 19, IP + "Weather Now", "added", "Weather Now", false, true, "t14");
    // merged pull requests are not open: neither classified nor covering later ones
    pull(pulls, folders, 17, IP + "Solar Data", "added", "Solar Data", false, true, "t17");
    pulls.set(pulls.size() - 1, withMerged(pulls.get(pulls.size() - 1)));
    pull(pulls, folders, 20, IP + "Solar Data", "added", "Solar Data", false, true, "t20");
    // titles unrelated to any connector's; only the hosts their definitions call differ
    pull(pulls, folders, 21, IP + "Invoice Helper", "added", "Invoice Helper", false, true, "t21");
    hostOf(folders, "API.Fabrikam.io");
    pull(pulls, folders, 22, IP + "Deal Tracker", "added", "Deal Tracker", false, true, "t22");
    hostOf(folders, "api.hubapi.com");
    pull(pulls, folders, 23, IP + "Mail Digest", "added", "Mail Digest", false, true, "t23");
    hostOf(folders, "graph.microsoft.com");

    Map<String, Dataset<Row>> out =
        new PullRequestOverlapJob()
            .run(
                JobInputs.of(
                    SparkTest.spark(),
                    Map.of(
                        "connectors",
                        connectors,
                        "pull_requests",
                        SparkTest.frame(Tables.PULL_REQUESTS, pulls),
                        "pull_request_connectors",
                        SparkTest.frame(Tables.PULL_REQUEST_CONNECTORS, folders))));
    overlap =
        out.get("pr_overlap").collectAsList().stream()
            .collect(Collectors.toMap(r -> (Integer) r.getAs("number"), Function.identity()));
    conflicts = out.get("pr_conflicts").collectAsList();
  }

  @Test
  void aConnectorOnThePlatformCannotBeBuiltAgain() {
    Row zoho = overlap.get(10);
    assertEquals("on_platform", zoho.getAs("outcome"));
    assertEquals(CERT + "Zoho CRM", zoho.getAs("target_path"));
    assertEquals("identical", zoho.getAs("match_class"));
    assertEquals(1.0, (double) zoho.getAs("score"));

    Row salesforse = overlap.get(18);
    assertEquals("on_platform", salesforse.getAs("outcome"), "a near-duplicate title");
    assertEquals("near_duplicate", salesforse.getAs("match_class"));
    assertTrue((double) salesforse.getAs("score") < 1.0);
  }

  @Test
  void anIndependentPublisherConnectorIsExtended() {
    Row cat = overlap.get(11);
    assertEquals("independent_publisher", cat.getAs("outcome"));
    assertEquals(IP + "Cat Facts", cat.getAs("target_path"));
  }

  @Test
  void anEarlierOpenProposalOrPullRequestCoversALaterOne() {
    Row proposal = overlap.get(12);
    assertEquals("new", proposal.getAs("outcome"));
    assertTrue((boolean) proposal.getAs("is_proposal"));
    assertFalse((boolean) proposal.getAs("has_artifacts"), "a proposal that never got artifacts");

    Row dog = overlap.get(13);
    assertEquals("open_proposal", dog.getAs("outcome"), "contact the proposal's author");
    assertEquals(12, (int) dog.getAs("target_number"));
    assertNull(dog.getAs("target_path"));

    assertEquals("new", overlap.get(14).getAs("outcome"));
    Row sameFolder = overlap.get(15);
    assertEquals("open_pull_request", sameFolder.getAs("outcome"), "wait for it");
    assertEquals(14, (int) sameFolder.getAs("target_number"));
    assertEquals("same_folder", sameFolder.getAs("match_class"));
  }

  @Test
  void aProposalCallingTheHostOfOneServiceIsTiedToIt() {
    Row invoice = overlap.get(21);
    assertEquals("on_platform", invoice.getAs("outcome"));
    assertEquals(CERT + "Fabrikam", invoice.getAs("target_path"));
    assertEquals("same_host", invoice.getAs("match_class"));
    assertEquals("same_host: both definitions call api.fabrikam.io", invoice.getAs("reason"));
  }

  @Test
  void aHostOfAProductFamilyOrAMultiTenantApiIsNoEvidence() {
    assertEquals("new", overlap.get(22).getAs("outcome"), "HubSpot CRM and CMS share the host");
    assertEquals("new", overlap.get(23).getAs("outcome"), "graph.microsoft.com serves many");
  }

  @Test
  void changesToExistingConnectorsAreUpdatesAndMergedPullRequestsAreNotOpen() {
    Row contoso = overlap.get(16);
    assertEquals("update", contoso.getAs("outcome"));
    assertEquals(CERT + "Contoso", contoso.getAs("target_path"));
    assertFalse(overlap.containsKey(17));
    assertEquals("new", overlap.get(20).getAs("outcome"), "#17 was merged, not open");
  }

  @Test
  void openPullRequestsChangingOneFolderConflict() {
    List<String> pairs =
        conflicts.stream()
            .map(
                r ->
                    r.getAs("path")
                        + " #"
                        + r.getAs("number")
                        + " #"
                        + r.getAs("other_number")
                        + " "
                        + r.getAs("same_content"))
            .toList();
    assertEquals(
        List.of(
            IP + "Weather Now #14 #15 false",
            IP + "Weather Now #14 #19 true",
            IP + "Weather Now #15 #19 false"),
        pairs);
  }

  private static Map<String, Object> connector(String kind, String path, String title) {
    return row(
        "kind",
        kind,
        "path",
        path,
        "folder",
        path.substring(path.indexOf('/') + 1),
        "title",
        title);
  }

  private static void pull(
      List<Map<String, Object>> pulls,
      List<Map<String, Object>> folders,
      int number,
      String path,
      String change,
      String title,
      boolean proposal,
      boolean artifacts,
      String tree) {
    pulls.add(
        row(
            "number",
            number,
            "path",
            path,
            "proposed_title",
            title,
            "is_proposal",
            proposal,
            "has_artifacts",
            artifacts,
            "merged",
            false));
    folders.add(
        SparkTest.pullRequestFolder(
            number, path, change, tree, "exists_on_dev", !change.equals("added")));
  }

  private static Map<String, Object> hosted(Map<String, Object> connector, String host) {
    Map<String, Object> hosted = new java.util.HashMap<>(connector);
    hosted.put("host", host);
    return hosted;
  }

  /** Gives the folder row added last the host its definition calls. */
  private static void hostOf(List<Map<String, Object>> folders, String host) {
    folders.set(folders.size() - 1, hosted(folders.get(folders.size() - 1), host));
  }

  private static Map<String, Object> withMerged(Map<String, Object> pull) {
    Map<String, Object> merged = new java.util.HashMap<>(pull);
    merged.put("merged", true);
    return merged;
  }
}
