package census.lint;

import static census.testing.CliRun.lint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.rules.Rule;
import census.rules.RuleCatalog;
import census.rules.RuleEngine;
import census.rules.files.ApiPropertiesSchema;
import census.testing.CliRun;
import census.testing.ConnectorFixture;
import census.testing.SplitRules;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .census.json}, suppressions and the exit policy, through the real command line. */
class LintConfigTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REASON = "Tracked in #42: the service has no TLS endpoint yet";

  @TempDir Path tmp;
  Path repo;

  /** A checkout (its root holds .git) inside a folder that has a configuration of its own. */
  @BeforeEach
  void checkout() throws Exception {
    repo = tmp.resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
    Files.createDirectories(repo.resolve("schemas"));
    Files.writeString(repo.resolve(ApiPropertiesSchema.SCHEMA_PATH), "{\"type\": \"object\"}");
  }

  /** CamelCaseString's own severity, which calibration on the repository's evidence decides. */
  private static final String CAMEL =
      RuleCatalog.standard().rules().stream()
          .map(Rule::info)
          .filter(info -> info.id().equals("CamelCaseString"))
          .findFirst()
          .orElseThrow()
          .severity()
          .id();

  /** A folder with one error (HttpsOnly, blocking) and one finding of CamelCaseString. */
  private Path insecure(String path) throws Exception {
    return ConnectorFixture.named("Fabrikam")
        .swagger(
            s -> {
              s.putArray("schemes").add("http");
              ((ObjectNode) s.at("/paths/~1tasks~1{taskId}/get/parameters/0"))
                  .put("x-ms-summary", "taskId");
            })
        .writeTo(repo.resolve(path));
  }

  private static void config(Path dir, String json) throws Exception {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(ConfigFile.NAME), json);
  }

  /** Each finding as "folder rule severity", from JSON output, sorted. */
  private List<String> findings(String... args) throws Exception {
    List<String> full = new ArrayList<>(List.of("--format", "json", "--base", repo.toString()));
    full.addAll(List.of(args));
    CliRun r = lint(full.toArray(String[]::new));
    List<String> found = new ArrayList<>();
    for (JsonNode f : JSON.readTree(r.out()).path("findings")) {
      String file = f.path("file").asText();
      found.add(
          file.substring(0, file.lastIndexOf('/'))
              + " "
              + f.path("ruleId").asText()
              + " "
              + f.path("severity").asText()
              + (f.has("suppressed") ? " suppressed" : ""));
    }
    return found.stream().sorted().toList();
  }

  @Test
  void theNearestConfigurationWinsUpToTheRepositoryRoot() throws Exception {
    Path fabrikam = insecure("certified-connectors/Fabrikam");
    config(tmp, "{\"ignore\": [\"HttpsOnly\", \"CamelCaseString\"]}");
    List<String> both =
        List.of(
            "certified-connectors/Fabrikam CamelCaseString " + CAMEL,
            "certified-connectors/Fabrikam HttpsOnly error");
    assertEquals(both, findings(fabrikam.toString()), "above the repository root: not read");

    config(repo, "{\"ignore\": [\"HttpsOnly\"]}");
    assertEquals(both.subList(0, 1), findings(fabrikam.toString()));
    assertEquals(0, lint(fabrikam.toString()).status());

    config(repo.resolve("certified-connectors"), "{\"ignore\": [\"CamelCaseString\"]}");
    insecure("independent-publisher-connectors/Other");
    assertEquals(
        List.of(
            "certified-connectors/Fabrikam HttpsOnly error",
            "independent-publisher-connectors/Other CamelCaseString " + CAMEL),
        findings(repo.toString()),
        "the nearest file alone applies, not merged with the one above");

    assertEquals(
        List.of(),
        findings("--config", tmp.resolve(ConfigFile.NAME).toString(), repo.toString()),
        "--config applies one file to every folder");
    assertEquals(4, findings("--no-config", repo.toString()).size());
    CliRun both2 = lint("--config", tmp.resolve(ConfigFile.NAME).toString(), "--no-config", ".");
    assertEquals(2, both2.status());
    assertTrue(both2.err().contains("--config and --no-config"), both2.err());
  }

  @Test
  void selectIgnoreAndSeverityChooseRulesAndWhatTheyWeigh() throws Exception {
    Path fabrikam = insecure("certified-connectors/Fabrikam");
    config(
        repo,
        "{\"select\": [\"HttpsOnly\", \"CamelCaseString\"],"
            + " \"severity\": {\"HttpsOnly\": \"warning\", \"CamelCaseString\": \"off\"}}");
    assertEquals(
        List.of("certified-connectors/Fabrikam HttpsOnly warning"), findings(fabrikam.toString()));
    assertEquals(0, lint(fabrikam.toString()).status(), "the only error is now a warning");
    assertEquals(List.of(), findings("--ignore", "HttpsOnly", fabrikam.toString()));
    assertEquals(
        List.of(),
        findings("--select", "CamelCaseString", fabrikam.toString()),
        "the command line narrows the configuration, never widens it");

    config(repo, "{\"severity\": {\"CamelCaseString\": \"error\", \"HttpsOnly\": \"info\"}}");
    assertEquals(
        List.of(
            "certified-connectors/Fabrikam CamelCaseString error",
            "certified-connectors/Fabrikam HttpsOnly info"),
        findings(fabrikam.toString()));
    CliRun raised = lint(fabrikam.toString());
    assertEquals(1, raised.status());
    assertTrue(raised.out().contains(" error CamelCaseString "), raised.out());

    Path typo =
        ConnectorFixture.named("Typo")
            .swagger(
                s -> s.withObjectProperty("info").put("description", "Tracks the taks of a team."))
            .writeTo(repo.resolve("custom-connectors/Typo"));
    assertFalse(findings(typo.toString()).toString().contains("Misspelling"), "opt-in");
    config(repo, "{\"select\": [\"Misspelling\"]}");
    assertEquals(
        List.of("custom-connectors/Typo Misspelling warning"),
        findings(typo.toString()),
        "an opt-in rule a configuration selects runs");
  }

  @Test
  void overridesApplyToTheFoldersTheirPathsMatchInOrder() throws Exception {
    insecure("certified-connectors/Fabrikam");
    insecure("certified-connectors/Contoso");
    insecure("independent-publisher-connectors/Other");
    config(
        repo,
        """
        {
          "ignore": ["HttpsOnly"],
          "overrides": [
            {"paths": ["independent-publisher-connectors/**"], "severity": {"HttpsOnly": "info"}},
            {"paths": ["certified-connectors/Fab*", "nowhere"], "select": ["HttpsOnly"]},
            {"paths": ["certified-connectors"], "ignore": ["CamelCaseString"]}
          ]
        }
        """);
    assertEquals(
        List.of(
            "certified-connectors/Fabrikam HttpsOnly error",
            "independent-publisher-connectors/Other CamelCaseString " + CAMEL,
            "independent-publisher-connectors/Other HttpsOnly info"),
        findings(repo.toString()),
        "a severity or a select runs a rule ignored above; a folder's glob covers what it holds");
  }

  @Test
  void anOldIdOfASplitRuleMeansAllItsParts() throws Exception {
    Path folder = ConnectorFixture.named("Split").writeTo(repo.resolve("certified-connectors/S"));
    RuleCatalog catalog = SplitRules.catalog();
    assertEquals(Set.of("SplitA", "SplitB"), catalog.resolve(SplitRules.OLD_ID));
    Map<String, String> configs =
        Map.of(
            "{\"severity\": {\"Split\": \"info\"}}",
            "[SplitA INFO, SplitB INFO]",
            "{\"ignore\": [\"Split\"]}",
            "[]",
            "{\"select\": [\"SplitB\"], \"overrides\": [{\"paths\": [\"**\"], \"select\":"
                + " [\"Split\"]}]}",
            "[SplitA ERROR, SplitB WARNING]",
            "{\"suppress\": [{\"rule\": \"Split\", \"path\": \"certified-connectors/S\","
                + " \"reason\": \"split\"}]}",
            "[SplitA ERROR suppressed, SplitB WARNING suppressed]");
    for (Map.Entry<String, String> c : configs.entrySet()) {
      config(repo, c.getKey());
      List<LintTarget> targets = LintTargets.resolve(List.of(folder), Optional.empty());
      LintReport report =
          new Linter(
                  new RuleEngine(catalog),
                  Optional.empty(),
                  LintConfig.discover(targets, catalog, Set.of()))
              .lint(targets);
      assertEquals(
          c.getValue(),
          report.entries().stream()
              .map(
                  e ->
                      e.finding().ruleId()
                          + " "
                          + e.finding().severity()
                          + (e.suppressed() ? " suppressed" : ""))
              .toList()
              .toString(),
          c.getKey());
    }
  }

  @Test
  void aSuppressedFindingNeitherFailsNorShowsButIsCountedAndMarked() throws Exception {
    Path fabrikam = insecure("certified-connectors/Fabrikam");
    insecure("certified-connectors/Contoso");
    config(
        repo,
        "{\"severity\": {\"CamelCaseString\": \"warning\"},"
            + " \"suppress\": [{\"rule\": \"HttpsOnly\", \"path\": \"certified-connectors/Fabrikam\","
            + " \"reason\": \""
            + REASON
            + "\"}]}");
    CliRun text = lint(fabrikam.toString());
    assertEquals(0, text.status(), text.out());
    assertFalse(text.out().contains("HttpsOnly"), text.out());
    assertTrue(
        text.out()
            .endsWith(
                "\n\n0 errors, 1 warning, 0 info in 1 folder, 1 suppressed\n"
                    + "1 [*] finding is fixable with --fix\n"),
        text.out());
    assertEquals(
        List.of(
            "certified-connectors/Contoso CamelCaseString warning",
            "certified-connectors/Contoso HttpsOnly error",
            "certified-connectors/Fabrikam CamelCaseString warning",
            "certified-connectors/Fabrikam HttpsOnly error suppressed"),
        findings(repo.toString()),
        "the other folder's finding is not covered");

    JsonNode json = JSON.readTree(lint("--format", "json", fabrikam.toString()).out());
    assertEquals(0, json.path("errors").asInt());
    assertEquals(1, json.path("warnings").asInt());
    assertEquals(1, json.path("suppressed").asInt());
    JsonNode suppressed = json.path("findings").findParent("suppressed");
    assertEquals("HttpsOnly", suppressed.path("ruleId").asText());
    assertEquals(REASON, suppressed.path("suppressed").path("reason").asText());

    JsonNode sarif =
        JSON.readTree(
            lint("--format", "sarif", "--base", repo.toString(), fabrikam.toString()).out());
    assertEquals(Set.of(), LintSchemas.sarif().validate(sarif), "valid SARIF 2.1.0");
    Map<String, JsonNode> results = new java.util.HashMap<>();
    sarif
        .path("runs")
        .get(0)
        .path("results")
        .forEach(r -> results.put(r.path("ruleId").asText(), r));
    assertEquals(
        JSON.readTree(
            "[{\"kind\": \"external\", \"justification\": "
                + JSON.writeValueAsString(REASON)
                + "}]"),
        results.get("HttpsOnly").path("suppressions"));
    assertTrue(results.get("CamelCaseString").path("suppressions").isMissingNode());

    config(
        repo,
        """
        {"suppress": [
          {"rule": "HttpsOnly", "path": "**", "pointer": "/info", "reason": "elsewhere"},
          {"rule": "CamelCaseString", "path": "certified-connectors/*/apiDefinition.swagger.json",
           "pointer": "/paths", "reason": "our casing"}
        ]}
        """);
    assertEquals(
        List.of(
            "certified-connectors/Fabrikam CamelCaseString " + CAMEL + " suppressed",
            "certified-connectors/Fabrikam HttpsOnly error"),
        findings(fabrikam.toString()),
        "a pointer narrows a suppression to what lies under it; a glob may name a file");
    CliRun all = lint("--max-warnings", "0", "--ignore", "HttpsOnly", fabrikam.toString());
    assertEquals("no findings in 1 folder, 1 suppressed\n", all.out());
    assertEquals(0, all.status(), "a suppressed warning does not count against --max-warnings");
  }

  @Test
  void aBadConfigurationIsAUsageErrorNamingFileLineAndColumn() throws Exception {
    Path fabrikam = insecure("certified-connectors/Fabrikam");
    Path file = repo.resolve(ConfigFile.NAME);
    // Each bad configuration, the text its error points at, and what the message says.
    List<List<String>> cases =
        List.of(
            List.of("{\n  \"ignore\": [\"HttpsOnly\",\n}", "}", "not JSON"),
            List.of("{\n  \"ignore\": [],\n  \"colour\": \"red\"\n}", "\"red\"", "unknown key"),
            List.of("{\n  \"ignore\": \"HttpsOnly\"\n}", "\"HttpsOnly\"", "an array is expected"),
            List.of("{\"overrides\": [{\"paths\": [7]}]}", "7", "a string is expected"),
            List.of("{\"severity\": {\"HttpsOnly\": \"fatal\"}}", "\"fatal\"", "is not a severity"),
            List.of(
                "{\n  \"select\": [\"HttpsOnly\", \"HttpOnly\"]\n}",
                "\"HttpOnly\"",
                "no rule has the id 'HttpOnly'"),
            List.of("{\"severity\": {\"NoSuchRule\": \"off\"}}", "\"off\"", "'NoSuchRule'"),
            List.of(
                "{\"suppress\": [\n  {\"rule\": \"HttpsOnly\", \"path\": \"**\"}\n]}",
                "{\"rule\"",
                "\"reason\" is required"),
            List.of(
                "{\"suppress\": [{\"rule\": \"HttpsOnly\", \"path\": \"**\", \"reason\": \" \"}]}",
                "\" \"",
                "needs a reason"),
            List.of(
                "{\"overrides\": [\n  {\"paths\": [\"certified-connectors/[A\"]}\n]}",
                "\"certified-connectors/[A\"",
                "bad glob"),
            List.of("{\"overrides\": [{\"paths\": [\"/abs\"]}]}", "\"/abs\"", "relative"),
            List.of("{\"overrides\": [{\"path\": \"x\"}]}", "\"x\"", "unknown key \"path\""),
            List.of("[]", "[]", "an object is expected"));
    for (List<String> c : cases) {
      String text = c.get(0);
      Files.writeString(file, text);
      CliRun r = lint(fabrikam.toString());
      String where = file + ":" + position(text, c.get(1)) + ": ";
      assertEquals(2, r.status(), text);
      assertTrue(r.err().contains(where) && r.err().contains(c.get(2)), text + "\n" + r.err());
    }
    Files.writeString(file, "{\"ignore\": [\"HttpsOnly\"]}");
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{\"ignore\": 1}");
    CliRun given = lint("--config", bad.toString(), fabrikam.toString());
    assertEquals(2, given.status());
    assertTrue(given.err().contains(bad + ":1:12: an array is expected"), given.err());
  }

  /** "line:column" of the first occurrence of {@code needle} in {@code text}. */
  private static String position(String text, String needle) {
    int at = text.indexOf(needle);
    String before = text.substring(0, at);
    int line = (int) before.chars().filter(ch -> ch == '\n').count() + 1;
    return line + ":" + (at - before.lastIndexOf('\n'));
  }

  @Test
  void maxWarningsAndQuietSetTheExitPolicy() throws Exception {
    Path fabrikam = insecure("certified-connectors/Fabrikam");
    config(repo, "{\"ignore\": [\"HttpsOnly\"], \"severity\": {\"CamelCaseString\": \"warning\"}}");
    assertEquals(0, lint(fabrikam.toString()).status(), "one warning");
    assertEquals(1, lint("--max-warnings", "0", fabrikam.toString()).status());
    assertEquals(0, lint("--max-warnings", "1", fabrikam.toString()).status());

    config(repo, "{\"severity\": {\"CamelCaseString\": \"warning\"}}");
    CliRun quiet = lint("--quiet", fabrikam.toString());
    assertEquals(1, quiet.status());
    List<String> lines = quiet.out().lines().filter(l -> l.contains(".json:")).toList();
    assertEquals(1, lines.size(), quiet.out());
    assertTrue(lines.get(0).contains(" error HttpsOnly "), quiet.out());
    assertTrue(quiet.out().endsWith("1 error, 0 warnings, 0 info in 1 folder\n"), quiet.out());
    assertEquals(
        List.of("certified-connectors/Fabrikam HttpsOnly error"),
        findings("--quiet", fabrikam.toString()));
    assertEquals(
        0,
        lint("--quiet", "--max-warnings", "0", "--ignore", "HttpsOnly", fabrikam.toString())
            .status(),
        "warnings left out are not counted");
  }

  @Test
  void theCacheKeyFollowsTheConfiguration() throws Exception {
    Path fabrikam = insecure("certified-connectors/Fabrikam");
    String cache = tmp.resolve("cache").toString();
    List<LintTarget> targets = LintTargets.resolve(List.of(fabrikam), Optional.empty());
    LintCache lintCache = new LintCache(Path.of(cache), "v");
    Set<String> keys = new java.util.HashSet<>();
    keys.add(lintCache.key(targets.get(0), LintConfig.NONE.of(targets.get(0)).fingerprint()));

    config(repo, "{\"ignore\": [\"HttpsOnly\"]}");
    assertEquals(1, findings("--cache-location", cache, fabrikam.toString()).size());
    assertEquals(1, findings("--cache-location", cache, fabrikam.toString()).size(), "a hit");
    keys.add(lintCache.key(targets.get(0), fingerprint(targets)));

    config(repo, "{\"ignore\": [\"CamelCaseString\"]}");
    assertEquals(
        List.of("certified-connectors/Fabrikam HttpsOnly error"),
        findings("--cache-location", cache, fabrikam.toString()),
        "another configuration: the folder is checked again");
    keys.add(lintCache.key(targets.get(0), fingerprint(targets)));
    assertEquals(3, keys.size(), "no configuration, and each content, key apart");
    Path elsewhere = tmp.resolve("elsewhere.json");
    Files.copy(repo.resolve(ConfigFile.NAME), elsewhere);
    assertNotEquals(
        fingerprint(targets),
        LintConfig.of(elsewhere, targets, RuleCatalog.standard(), Set.of())
            .of(targets.get(0))
            .fingerprint(),
        "nor does the same text elsewhere, whose globs mean other folders");
  }

  private static String fingerprint(List<LintTarget> targets) throws Exception {
    return LintConfig.discover(targets, RuleCatalog.standard(), Set.of())
        .of(targets.get(0))
        .fingerprint();
  }

  @Test
  void theReadmesExampleIsAValidConfiguration() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    int section = readme.indexOf("### Configuration");
    int start = readme.indexOf("```json\n", section) + "```json\n".length();
    config(repo, readme.substring(start, readme.indexOf("```", start)));
    ConfigFile example = ConfigFile.read(repo.resolve(ConfigFile.NAME), RuleCatalog.standard());
    assertEquals(1, example.suppressions().size());
    assertEquals(1, example.overrides().size());
  }
}
