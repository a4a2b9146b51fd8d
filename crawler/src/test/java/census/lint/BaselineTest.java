package census.lint;

import static census.testing.CliRun.lint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.connector.ConnectorFolder;
import census.model.Severity;
import census.rules.FindingKey;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleCatalog;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.testing.CliRun;
import census.testing.ConnectorFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FOLDER = "independent-publisher-connectors/Fabrikam";

  @TempDir Path repo;

  /**
   * HttpsOnly (http only), and with {@code notRequired} PathParameterMustBeRequired: both block.
   */
  private Path fabrikam(boolean notRequired) throws Exception {
    return ConnectorFixture.named("Fabrikam")
        .swagger(
            s -> {
              s.putArray("schemes").add("http");
              if (notRequired) {
                ((ObjectNode) s.at("/paths/~1tasks~1{taskId}/get/parameters/0"))
                    .put("required", false);
              }
            })
        .writeTo(repo.resolve(FOLDER));
  }

  @Test
  void aBaselineHoldsEveryFindingAndALaterLintReportsOnlyWhatIsNotInIt() throws Exception {
    Path folder = fabrikam(false);
    Path file = repo.resolve("lint-baseline.json");
    CliRun written =
        lint("--base", repo.toString(), "--write-baseline", file.toString(), repo.toString());
    assertEquals(1, written.status(), "the lint itself reports as usual: " + written);
    JsonNode baseline = JSON.readTree(file.toFile());
    assertEquals(1, baseline.path("version").asInt());
    assertEquals(RuleCatalog.standard().version(), baseline.path("catalogVersion").asText());
    JsonNode entry = baseline.path("entries").get(0);
    assertEquals(1, baseline.path("entries").size(), baseline.toString());
    assertEquals(FOLDER, entry.path("connector").asText());
    assertEquals(ConnectorFolder.SWAGGER, entry.path("file").asText());
    assertEquals("HttpsOnly", entry.path("rule").asText());
    assertEquals("/schemes", entry.path("path").asText());
    assertEquals(1, entry.path("count").asInt());

    CliRun same = lint("--base", repo.toString(), "--baseline", file.toString(), repo.toString());
    assertEquals(0, same.status(), same.toString());
    assertEquals(
        "no new findings in 1 folder; 1 finding already in the baseline " + file + " not shown\n",
        same.out());

    fabrikam(true);
    CliRun added =
        lint(
            "--format",
            "json",
            "--base",
            repo.toString(),
            "--baseline",
            file.toString(),
            folder.toString());
    assertEquals(1, added.status(), added.toString());
    JsonNode report = JSON.readTree(added.out());
    assertEquals(1, report.path("findings").size(), added.out());
    assertEquals(
        "PathParameterMustBeRequired", report.path("findings").get(0).path("ruleId").asText());
    assertEquals(1, report.path("alreadyInBase").asInt());
    assertEquals(Set.of(), LintSchemas.jsonOutput().validate(report), added.out());
  }

  @Test
  void aCountBelowOneIsMalformed() throws Exception {
    fabrikam(false);
    Path file = repo.resolve("baseline.json");
    lint("--base", repo.toString(), "--write-baseline", file.toString(), repo.toString());
    ObjectNode baseline = (ObjectNode) JSON.readTree(file.toFile());
    ((ObjectNode) baseline.path("entries").get(0)).put("count", 0);
    Files.writeString(file, baseline.toString());
    CliRun zero = lint("--baseline", file.toString(), repo.toString());
    assertEquals(2, zero.status(), zero.toString());
    assertTrue(zero.err().contains(file + " is not a census lint baseline"), zero.err());
  }

  @Test
  void aMissingOrMalformedBaselineIsAnErrorNamingIt() throws Exception {
    fabrikam(false);
    Path missing = repo.resolve("nowhere.json");
    CliRun r = lint("--baseline", missing.toString(), repo.toString());
    assertEquals(2, r.status(), r.toString());
    assertTrue(r.err().contains("cannot read the baseline " + missing), r.err());

    Path broken = Files.writeString(repo.resolve("broken.json"), "{\"version\": 1, \"entries\": [");
    r = lint("--baseline", broken.toString(), repo.toString());
    assertEquals(2, r.status(), r.toString());
    assertTrue(r.err().contains(broken + " is not a census lint baseline"), r.err());

    Path future =
        Files.writeString(repo.resolve("future.json"), "{\"version\": 2, \"entries\": []}");
    r = lint("--baseline", future.toString(), repo.toString());
    assertEquals(2, r.status(), r.toString());
    assertTrue(r.err().contains(future + " is not a census lint baseline"), r.err());
  }

  @Test
  void newFromRevAndBaselineDoNotCombine() throws Exception {
    fabrikam(false);
    CliRun r = lint("--new-from-rev", "dev", "--baseline", "b.json", repo.toString());
    assertEquals(2, r.status(), r.toString());
    assertTrue(r.err().contains("cannot be combined"), r.err());
  }

  @Test
  void sarifMarksResultsOfABaselineNewOrUnchanged() throws Exception {
    fabrikam(false);
    Path file = repo.resolve("baseline.json");
    lint("--base", repo.toString(), "--write-baseline", file.toString(), repo.toString());
    fabrikam(true);
    CliRun r =
        lint(
            "--format",
            "sarif",
            "--base",
            repo.toString(),
            "--baseline",
            file.toString(),
            repo.toString());
    JsonNode results = JSON.readTree(r.out()).at("/runs/0/results");
    assertEquals(2, results.size(), r.out());
    for (JsonNode result : results) {
      assertEquals(
          result.path("ruleId").asText().equals("HttpsOnly") ? "unchanged" : "new",
          result.path("baselineState").asText());
    }
    CliRun plain = lint("--format", "sarif", repo.toString());
    assertFalse(plain.out().contains("baselineState"), "no base, no baseline state");
  }

  @Test
  void jsonOutputFollowsItsSchema() throws Exception {
    fabrikam(false);
    Path file = repo.resolve("baseline.json");
    lint("--base", repo.toString(), "--write-baseline", file.toString(), repo.toString());
    fabrikam(true);
    Files.writeString(
        repo.resolve(ConfigFile.NAME),
        "{\"suppress\": [{\"rule\": \"PathParameterMustBeRequired\", \"path\": \"**\","
            + " \"reason\": \"the service takes an empty id\"}]}");
    JsonNode compared =
        JSON.readTree(
            lint(
                    "--format",
                    "json",
                    "--base",
                    repo.toString(),
                    "--baseline",
                    file.toString(),
                    repo.toString())
                .out());
    assertEquals(1, compared.path("suppressed").asInt(), compared.toString());
    assertEquals(1, compared.path("alreadyInBase").asInt(), compared.toString());
    assertEquals(
        "the service takes an empty id", compared.at("/findings/0/suppressed/reason").asText());
    assertEquals(Set.of(), LintSchemas.jsonOutput().validate(compared), compared.toString());

    JsonNode report = JSON.readTree(lint("--format", "json", repo.toString()).out());
    assertEquals(1, report.path("version").asInt());
    assertEquals(Set.of(), LintSchemas.jsonOutput().validate(report), report.toString());
    assertEquals(1, report.path("suppressed").asInt(), report.toString());
    for (JsonNode f : report.path("findings")) {
      if (f.has("suppressed")) {
        ((ObjectNode) f).putObject("suppressed");
      }
    }
    assertFalse(LintSchemas.jsonOutput().validate(report).isEmpty(), "a suppression has a reason");
    ObjectNode broken = report.deepCopy();
    broken.put("alreadyInBase", 1);
    assertFalse(LintSchemas.jsonOutput().validate(broken).isEmpty(), "alreadyInBase needs base");
    ((ObjectNode) broken.path("findings").get(0)).put("severity", "fatal");
    assertFalse(LintSchemas.jsonOutput().validate(broken).isEmpty());
  }

  /** HttpsOnly as it would be had it been split out of an older rule "InsecureTransport". */
  @RuleInfo(
      id = "HttpsOnly",
      severity = Severity.ERROR,
      files = {ConnectorFolder.SWAGGER},
      source = Sources.VALIDATOR + ": HttpsOnly",
      doc = "Test double.",
      fix = "None.",
      replaces = {"InsecureTransport"})
  static final class SplitHttpsOnly implements Rule {
    @Override
    public void check(census.rules.ConnectorIndex connector, Findings findings) {}
  }

  @Test
  void aRuleIdOfTheBaselineStandsForTheRulesSplitFromIt() throws Exception {
    Path file =
        Files.writeString(
            repo.resolve("old.json"),
            "{\"version\": 1, \"catalogVersion\": \"x\", \"entries\": [{\"connector\": \"F\","
                + " \"file\": \"apiDefinition.swagger.json\", \"rule\": \"InsecureTransport\","
                + " \"path\": \"/schemes/[http]\", \"message\": \"m\", \"count\": 2}]}");
    Baseline baseline = Baseline.read(file, repo, new RuleCatalog(List.of(new SplitHttpsOnly())));
    Path folder = Files.createDirectories(repo.resolve("F"));
    LintTarget target = new LintTarget(folder, null, null, false);
    FindingKey key = new FindingKey(ConnectorFolder.SWAGGER, "HttpsOnly", "/schemes/[http]", "m");
    assertEquals(
        List.of(key, key), baseline.keys(new KeyedFindings.Folder(target, List.of(), List.of())));
  }
}
