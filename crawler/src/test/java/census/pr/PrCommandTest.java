package census.pr;

import static census.testing.CliRun.census;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.check.CheckIndex;
import census.testing.CliRun;
import census.testing.ConnectorFixture;
import census.testing.FixtureCheckout;
import census.testing.FixtureRepo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code census pr} on fixture mirrors: what a pull request changes, judged as the gate does. */
class PrCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CERT = "certified-connectors";
  private static final String IP = "independent-publisher-connectors";

  @TempDir Path tmp;
  private Path workdir;
  private FixtureRepo repo;

  /** dev: Contoso Tasks (certified, host api.tasks.contoso-cloud.net) and Acme Mail. */
  @BeforeEach
  void mirror() throws Exception {
    workdir = tmp.resolve("work");
    repo = FixtureRepo.create(workdir.resolve("repo.git"));
    repo.write("README.md", "# connectors")
        .write(CERT + "/Contoso Tasks", tasks())
        .write(IP + "/Acme Mail", ConnectorFixture.named("Acme Mail"));
    repo.commit("Initial");
    repo.branch("dev");
    repo.commit("dev starts");
  }

  @AfterEach
  void close() {
    repo.close();
  }

  private static ConnectorFixture tasks() {
    return ConnectorFixture.named("Contoso Tasks")
        .swagger(s -> s.put("host", "api.tasks.contoso-cloud.net"));
  }

  private CliRun pr(int number, String... more) {
    List<String> args = new ArrayList<>(List.of("pr", String.valueOf(number)));
    args.addAll(List.of("--workdir", workdir.toString()));
    args.addAll(List.of("--warehouse", tmp.resolve("no-warehouse").toString()));
    args.addAll(List.of(more));
    return census(args.toArray(String[]::new));
  }

  private JsonNode json(int number, String... more) throws Exception {
    List<String> args = new ArrayList<>(List.of(more));
    args.addAll(List.of("--format", "json"));
    CliRun r = pr(number, args.toArray(String[]::new));
    assertTrue(r.status() == 0 || r.status() == 1, r.toString());
    return JSON.readTree(r.out());
  }

  private static List<String> shape(JsonNode review) {
    List<String> ids = new ArrayList<>();
    review.path("pull_request").forEach(s -> ids.add(s.path("ruleId").asText()));
    return ids;
  }

  @Test
  void aRemovedOperationIsABreakingChangeAndBlocks() throws Exception {
    repo.branch("pr1")
        .write(
            CERT + "/Contoso Tasks",
            tasks()
                .swagger(
                    s -> {
                      ObjectNode paths = (ObjectNode) s.get("paths");
                      paths.remove("/tasks/{taskId}");
                      paths.set("/projects/{taskId}", JSON.createObjectNode());
                    }));
    repo.pullRequest(1, repo.commit("Drop GetTask"));

    CliRun r = pr(1);
    assertEquals(1, r.status(), r.toString());
    JsonNode review = json(1);
    JsonNode folder = review.path("folders").get(0);
    assertEquals(CERT + "/Contoso Tasks", folder.path("path").asText());
    assertEquals("modified", folder.path("change").asText());
    assertEquals("operation_removed", folder.path("breaking_changes").get(0).path("kind").asText());
    assertTrue(review.path("blocks").asBoolean());
    assertTrue(
        review.path("existence").isMissingNode(), "an update is not asked whether it exists");
  }

  @Test
  void aStrayFileAndASecondConnectorAreReportedOnTheShape() throws Exception {
    repo.branch("pr2")
        .write("README.md", "# connectors, edited")
        .write(IP + "/Globex", ConnectorFixture.named("Globex"))
        .write(IP + "/Initech", ConnectorFixture.named("Initech"));
    repo.pullRequest(2, repo.commit("Two connectors and a readme"));

    JsonNode review = json(2);
    assertEquals(
        List.of("PullRequestFileOutsideConnector", "PullRequestChangesSeveralConnectors"),
        shape(review));
    assertEquals("README.md", review.path("pull_request").get(0).path("path").asText());
    assertFalse(review.path("blocks").asBoolean(), "shape findings are warnings: " + review);
  }

  @Test
  void aFaultFromAnEarlierCommitStillAtTheHeadIsReportedOnceAtItsPlace() throws Exception {
    repo.branch("pr3")
        .write(IP + "/Globex", ConnectorFixture.named("Globex"))
        .write(
            IP + "/Globex/apiProperties.json",
            "{\n  \"properties\": {\n    \"a\": 1\n    \"b\": 2\n  }\n}\n");
    repo.commit("Add Globex");
    repo.write(
        IP + "/Globex",
        ConnectorFixture.named("Globex")
            .swagger(s -> ((ObjectNode) s.get("info")).put("version", "1.1"))
            .file(
                "apiProperties.json",
                "{\n  \"properties\": {\n    \"a\": 1\n    \"b\": 2\n  }\n}\n"));
    repo.pullRequest(3, repo.commit("Bump the version (touches only the definition)"));

    JsonNode review = json(3);
    List<String> invalid = new ArrayList<>();
    for (JsonNode f : review.path("folders").get(0).path("new_findings")) {
      if (f.path("ruleId").asText().equals("InvalidJson")) {
        invalid.add(f.path("file").asText() + ":" + f.path("line").asInt());
      }
    }
    // The reader reports a missing comma where it belongs: after "a": 1, on line 3.
    assertEquals(List.of(IP + "/Globex/apiProperties.json:3"), invalid);
  }

  @Test
  void anUnchangedFaultIsNotNew() throws Exception {
    repo.checkout("dev")
        .write(
            IP + "/Acme Mail",
            ConnectorFixture.named("Acme Mail").swagger(s -> s.putArray("schemes").add("http")));
    repo.commit("dev gains an error");
    repo.branch("pr4")
        .write(
            IP + "/Acme Mail",
            ConnectorFixture.named("Acme Mail")
                .swagger(
                    s -> {
                      s.putArray("schemes").add("http");
                      ((ObjectNode) s.get("info")).put("version", "1.1");
                    }));
    repo.pullRequest(4, repo.commit("Bump Acme"));

    JsonNode review = json(4);
    JsonNode folder = review.path("folders").get(0);
    assertEquals(0, folder.path("new_findings").size(), review.toString());
    assertTrue(folder.path("unchanged_findings").asInt() > 0);
    assertEquals(0, pr(4).status());
  }

  @Test
  void anAddedConnectorIsAskedWhetherItExistsAgainstTheConnectorsAtTheBase() throws Exception {
    repo.branch("pr5").write(IP + "/Contoso Task", ConnectorFixture.named("Contoso Tasks"));
    repo.pullRequest(5, repo.commit("Add Contoso Tasks (Independent Publisher)"));

    JsonNode existence = json(5).path("existence");
    assertEquals("on_platform", existence.path("outcome").asText(), existence.toString());
    assertTrue(
        existence.path("decided_by").path("where").asText().startsWith(CERT + "/Contoso Tasks"));
    assertEquals(1, pr(5).status(), "a connector on the platform cannot be built again");
    assertEquals(
        "[\"the connector is on the Power Platform already\"]",
        json(5).path("blockers").toString());
  }

  @Test
  void anotherTitleOnTheHostOfOneServiceIsTiedButNotOnAFamilysHost() throws Exception {
    repo.checkout("dev")
        .write(CERT + "/Tailspin Flights", hosted("Tailspin Flights", "api.tailspin.io"))
        .write(CERT + "/HubSpot CRM", hosted("HubSpot CRM", "api.hubapi.com"))
        .write(CERT + "/HubSpot CMS", hosted("HubSpot CMS", "api.hubapi.com"));
    repo.commit("Three certified connectors");
    repo.branch("pr7").write(IP + "/Trip Planner", hosted("Trip Planner", "api.tailspin.io"));
    repo.pullRequest(7, repo.commit("Add Trip Planner"));
    repo.checkout("dev")
        .branch("pr8")
        .write(IP + "/Deal Tracker", hosted("Deal Tracker", "api.hubapi.com"));
    repo.pullRequest(8, repo.commit("Add Deal Tracker"));

    JsonNode tied = json(7).path("existence");
    assertEquals("on_platform", tied.path("outcome").asText(), tied.toString());
    assertEquals("same_host", tied.path("decided_by").path("class").asText());
    assertTrue(
        tied.path("decided_by").path("where").asText().startsWith(CERT + "/Tailspin Flights"),
        tied.toString());
    assertEquals(
        "new",
        json(8).path("existence").path("outcome").asText(),
        "HubSpot's products share api.hubapi.com, so it does not tell which one");
  }

  private static ConnectorFixture hosted(String title, String host) {
    return ConnectorFixture.named(title).swagger(s -> s.put("host", host));
  }

  @Test
  void aCheckIndexStandsInForTheWarehouse() throws Exception {
    repo.branch("pr7").write(IP + "/Globex Weather", ConnectorFixture.named("Globex Weather"));
    repo.pullRequest(7, repo.commit("Add Globex Weather"));
    Path index = tmp.resolve(CheckIndex.FILE_NAME);
    new CheckIndex(
            List.of(
                new CheckIndex.Connector(
                    CERT + "/Globex Weather",
                    "certified",
                    "Globex Weather",
                    "Globex Weather",
                    "api.globex.example",
                    "Globex")),
            List.of(
                new CheckIndex.PullRequest(
                    31,
                    null,
                    null,
                    null,
                    false,
                    null,
                    null,
                    "2026-01-02",
                    List.of(IP + "/Globex Weather"))))
        .write(index);

    JsonNode review = json(7, "--index", index.toString());
    assertEquals(
        CERT + "/Globex Weather \"Globex Weather\"",
        review.path("existence").path("decided_by").path("where").asText(),
        review.toString());
    assertEquals(
        "[{\"number\":31,\"path\":\"" + IP + "/Globex Weather\",\"last_activity\":\"2026-01-02\"}]",
        review.path("overlaps").toString());
    assertEquals(
        "new",
        json(7).path("existence").path("outcome").asText(),
        "without the index, only the connectors at the base count");
  }

  @Test
  void theTitlePatternIsCheckedWhenTheTitleIsGiven() throws Exception {
    repo.branch("pr6").write(IP + "/Globex", ConnectorFixture.named("Globex"));
    repo.pullRequest(6, repo.commit("Add Globex"));

    assertEquals(List.of(), shape(json(6)), "without --title nothing is said about it");
    assertEquals(List.of("PullRequestTitlePattern"), shape(json(6, "--title", "Globex connector")));
    assertEquals(List.of(), shape(json(6, "--title", "Globex (Independent Publisher)")));
  }

  @Test
  void anUnknownPullRequestIsAUsageError() {
    CliRun r = pr(99);
    assertEquals(2, r.status(), r.toString());
    assertTrue(r.err().contains("no pull request #99"), r.err());
  }

  @Test
  void theWorkingTreeOfACheckoutIsReviewedWithUncommittedChanges() throws Exception {
    try (FixtureCheckout git = FixtureCheckout.create(tmp.resolve("checkout"))) {
      git.write(IP + "/Acme Mail", ConnectorFixture.named("Acme Mail"));
      git.commit("dev");
      git.checkout("feature");
      git.write("notes.txt", "stray");
      git.write(
          IP + "/Acme Mail",
          ConnectorFixture.named("Acme Mail").swagger(s -> s.putArray("schemes").add("http")));

      CliRun r =
          census(
              "pr",
              "--new-from-rev",
              "dev",
              "--repo",
              git.root().toString(),
              "--warehouse",
              tmp.resolve("no-warehouse").toString(),
              "--format",
              "json");
      assertEquals(1, r.status(), r.toString());
      JsonNode review = JSON.readTree(r.out());
      assertEquals(List.of("PullRequestFileOutsideConnector"), shape(review));
      List<String> rules = new ArrayList<>();
      review
          .path("folders")
          .get(0)
          .path("new_findings")
          .forEach(f -> rules.add(f.path("ruleId").asText()));
      assertTrue(rules.contains("HttpsOnly"), rules.toString());
    }
  }
}
