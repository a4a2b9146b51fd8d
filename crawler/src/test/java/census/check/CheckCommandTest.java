package census.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.cli.Census;
import census.testing.ConnectorFixture;
import census.testing.FixtureRepo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckCommandTest {
  @TempDir static Path tmp;
  private static Path data;

  record Result(int status, String out, String err) {}

  @BeforeAll
  static void crawlAFixtureRepository() throws Exception {
    try (FixtureRepo repo = FixtureRepo.create(tmp.resolve("origin.git"))) {
      repo.write("certified-connectors/Contoso Tasks", ConnectorFixture.named("Contoso Tasks"))
          .write("independent-publisher-connectors/Dad Jokes", ConnectorFixture.named("Dad Jokes"))
          .write("custom-connectors/Cat Facts", ConnectorFixture.named("Cat Facts"))
          .write(
              "certified-connectors/Tailspin Flights",
              ConnectorFixture.named("Tailspin Flights")
                  .swagger(s -> s.put("host", "api.tailspin.io")));
      repo.commit("connectors");
      repo.branch("proposal")
          .write(
              "independent-publisher-connectors/Proposal - Fabrikam Rockets (Independent"
                  + " Publisher)/readme.md",
              "# Fabrikam Rockets\nA connector for launching rockets.\n");
      repo.pullRequest(12, repo.commit("Proposal - Fabrikam Rockets (Independent Publisher)"));
      repo.checkout("dev")
          .branch("ledger")
          .write(
              "independent-publisher-connectors/Northwind Ledger",
              ConnectorFixture.named("Northwind Ledger"));
      repo.pullRequest(13, repo.commit("Northwind Ledger connector"));
      repo.checkout("dev")
          .branch("trips")
          .write(
              "independent-publisher-connectors/Trip Planner",
              ConnectorFixture.named("Trip Planner")
                  .swagger(s -> s.put("host", "api.tailspin.io")));
      repo.pullRequest(14, repo.commit("Trip Planner connector"));
    }
    data = tmp.resolve("data");
    assertEquals(0, check("sync", "--repo", tmp.resolve("origin.git").toString()).status());
    assertEquals(0, check("crawl").status());
    assertEquals(0, check("crawl", "--pulls").status());
  }

  private static Result check(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Census.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data";
    all[args.length + 1] = data.toString();
    int status = cli.execute(all);
    return new Result(status, out.toString(), err.toString());
  }

  @Test
  void aCertifiedConnectorUnderAnotherSpellingCannotBeBuilt() {
    Result r = check("check", "contoso-tasks (Independent Publisher)");
    assertEquals(1, r.status());
    assertTrue(r.out().contains("Already exists on the Power Platform."), r.out());
    assertTrue(r.out().contains("certified-connectors/Contoso Tasks"), r.out());
  }

  @Test
  void aNearDuplicateOfAnIndependentPublisherConnectorMeansAddingToIt() {
    Result r = check("check", "DadJokesIO");
    assertEquals(1, r.status());
    assertTrue(r.out().contains("independent publisher connector"), r.out());
    assertTrue(r.out().contains("near_duplicate"), r.out());
  }

  @Test
  void anOpenProposalMeansContactingItsAuthor() throws Exception {
    Result r = check("check", "Fabrikam Rocket", "--json");
    assertEquals(1, r.status());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals("open_proposal", json.get("outcome").asText(), r.out());
    assertEquals(12, json.get("decided_by").get("pull_request").asInt());
  }

  @Test
  void anOpenPullRequestThatIsNoProposalMeansWaiting() {
    Result r = check("check", "Northwind Ledger (Independent Publisher)");
    assertEquals(1, r.status());
    assertTrue(r.out().contains("Is a pull request and isn't a proposal."), r.out());
    assertTrue(r.out().contains("pull request #13"), r.out());
  }

  @Test
  void aTitleOfItsOwnOnTheHostOfAConnectorIsThatConnector() throws Exception {
    Result r = check("check", "Travel Board", "--host", "API.tailspin.io", "--json");
    assertEquals(1, r.status(), r.out());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals("on_platform", json.get("outcome").asText());
    assertEquals("same_host", json.get("decided_by").get("class").asText());
    assertEquals(
        "certified-connectors/Tailspin Flights", json.get("decided_by").get("path").asText());

    assertEquals(0, check("check", "Travel Board").status(), "the title alone is new");
    assertEquals(
        0,
        check("check", "Travel Board", "--host", "graph.microsoft.com").status(),
        "a multi-tenant API is no evidence");
  }

  @Test
  void theTitleOfAnOpenPullRequestLendsItsHost() {
    Result r = check("check", "Trip Planner");
    assertEquals(1, r.status());
    assertTrue(r.out().contains("Already exists on the Power Platform."), r.out());
    assertTrue(
        r.out()
            .contains(
                "certified-connectors/Tailspin Flights \"Tailspin Flights\" is same_host (both"
                    + " definitions call api.tailspin.io; pull request #14 proposes this title and"
                    + " calls it)"),
        r.out());
  }

  @Test
  void aCustomSampleIsNotOnThePlatform() {
    Result r = check("check", "Cat Facts API");
    assertEquals(1, r.status());
    assertTrue(r.out().contains("custom connector sample"), r.out());
  }

  @Test
  void aCatalogAddsFirstPartyConnectors() throws Exception {
    Path catalog = tmp.resolve("catalog.csv");
    Files.writeString(catalog, "title,publisher\nOffice 365 Outlook,Microsoft\n");
    assertEquals(0, check("check", "Office365 Outlook").status());
    Result r = check("check", "Office365 Outlook", "--catalog", catalog.toString(), "--json");
    assertEquals(1, r.status());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals("on_platform", json.get("outcome").asText());
    assertEquals("identical", json.get("decided_by").get("class").asText());
    assertEquals("platform", json.get("decided_by").get("kind").asText());
  }

  @Test
  void aNewNameIsNewAndStillListsTheClosest() throws Exception {
    Result r = check("check", "Fabrikam Weather", "--json", "--limit", "2");
    assertEquals(0, r.status());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals("new", json.get("outcome").asText());
    assertEquals(2, json.get("closest").size());
  }

  @Test
  void aCatalogWithoutATitleColumnIsNamedInTheError() throws Exception {
    Path catalog = tmp.resolve("bad.csv");
    Files.writeString(catalog, "name\nOffice 365 Outlook\n");
    Result r = check("check", "X", "--catalog", catalog.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains(catalog + ": line 1"), r.err());
  }

  @Test
  void beforeAnyCrawlItSaysWhatToRun() {
    StringWriter err = new StringWriter();
    CommandLine cli = Census.commandLine();
    cli.setErr(new PrintWriter(err));
    int status = cli.execute("check", "X", "--data", tmp.resolve("empty").toString());
    assertEquals(2, status);
    assertTrue(err.toString().contains("census run"), err.toString());
  }
}
