package census.lint;

import static census.testing.CliRun.lint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.model.Severity;
import census.rules.Finding;
import census.rules.RuleCatalog;
import census.rules.files.ApiPropertiesSchema;
import census.testing.CliRun;
import census.testing.ConnectorFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path repo;

  /** A checkout: schemas/ and connector folders whose names need care. */
  @BeforeEach
  void checkout() throws Exception {
    Files.createDirectories(repo.resolve("schemas"));
    Files.writeString(
        repo.resolve(ApiPropertiesSchema.SCHEMA_PATH),
        "{\"type\": \"object\", \"properties\": {\"properties\": {\"type\": \"object\","
            + " \"additionalProperties\": false, \"properties\": {\"iconBrandColor\": {},"
            + " \"publisher\": {}, \"stackOwner\": {}, \"capabilities\": {},"
            + " \"connectionParameters\": {}}}}}");
  }

  private Path clean() throws Exception {
    return ConnectorFixture.named("Contoso Tasks")
        .writeTo(repo.resolve("certified-connectors/Contoso Tasks (Ü) #1"));
  }

  private Path insecure() throws Exception {
    return ConnectorFixture.named("Fabrikam")
        .swagger(s -> s.putArray("schemes").add("http"))
        .writeTo(repo.resolve("independent-publisher-connectors/Fabrikam"));
  }

  @Test
  void aCleanFolderExitsZero() throws Exception {
    CliRun r = lint(clean().toString());
    assertEquals(0, r.status(), r.out() + r.err());
    assertEquals("no findings in 1 folder\n", r.out());
  }

  @Test
  void errorsExitOneAndAreListedFileLineColumnSeverityRule() throws Exception {
    insecure();
    CliRun r =
        lint(
            "--base", repo.toString(), repo.resolve("independent-publisher-connectors").toString());
    assertEquals(1, r.status(), r.out() + r.err());
    assertTrue(
        r.out().startsWith("independent-publisher-connectors/Fabrikam/apiDefinition.swagger.json:"),
        r.out());
    String line = r.out().lines().filter(l -> l.contains(" HttpsOnly ")).findFirst().orElseThrow();
    assertTrue(line.matches(".*apiDefinition\\.swagger\\.json:\\d+:\\d+ error HttpsOnly .*"), line);
    assertTrue(r.out().endsWith("1 error, 0 warnings, 0 info in 1 folder\n"), r.out());
    assertFalse(r.out().contains("\u001b["), "no colour without a terminal");
  }

  @Test
  void warningsAloneExitZero() throws Exception {
    Path folder =
        ConnectorFixture.named("Contoso")
            .swagger(
                s ->
                    ((com.fasterxml.jackson.databind.node.ObjectNode)
                            s.at("/paths/~1tasks~1{taskId}/get/parameters/0"))
                        .put("x-ms-summary", "taskId"))
            .writeTo(repo.resolve("certified-connectors/Contoso"));
    // A warning whatever severity calibration gives the rule.
    Files.writeString(
        repo.resolve(ConfigFile.NAME), "{\"severity\": {\"CamelCaseString\": \"warning\"}}");
    CliRun r = lint(folder.toString());
    assertEquals(0, r.status(), r.out());
    assertTrue(r.out().contains(" warning CamelCaseString "), r.out());
  }

  @Test
  void usageAndInputErrorsExitTwo() throws Exception {
    CliRun missing = lint(repo.resolve("no such folder").toString());
    assertEquals(2, missing.status());
    assertTrue(missing.err().contains("no such folder"), missing.err());
    assertEquals(2, lint("--kind", "premium", clean().toString()).status());
    assertEquals(2, lint("--format", "xml", clean().toString()).status());
    assertEquals(2, lint().status(), "at least one path");
  }

  @Test
  void selectRunsOnlyTheNamedRulesAndIgnoreLeavesThemOut() throws Exception {
    Path folder =
        ConnectorFixture.named("Fabrikam")
            .swagger(
                s -> {
                  s.putArray("schemes").add("http");
                  s.withObject("info").put("description", "Tracks the taks of a team, one by one.");
                })
            .writeTo(repo.resolve("independent-publisher-connectors/Fabrikam"));
    assertTrue(rules(folder).contains("HttpsOnly"));
    assertFalse(rules(folder).contains("Misspelling"), "opt-in");

    CliRun selected = lint("--select", "HttpsOnly,Misspelling", folder.toString());
    assertEquals(1, selected.status(), selected.out());
    List<String> lines = selected.out().lines().filter(l -> l.contains(".json:")).toList();
    assertEquals(2, lines.size(), selected.out());
    assertTrue(lines.stream().anyMatch(l -> l.contains(" error HttpsOnly ")), selected.out());
    assertTrue(
        lines.stream().anyMatch(l -> l.contains(" Misspelling ") && l.contains("taks")),
        "an opt-in rule named in --select runs: " + selected.out());

    CliRun ignored = lint("--ignore", "HttpsOnly", folder.toString());
    assertEquals(0, ignored.status(), "HttpsOnly was the only error: " + ignored.out());
    assertFalse(ignored.out().contains("HttpsOnly"), ignored.out());
    List<String> all = JSON.readTree(rules(folder)).path("findings").findValuesAsText("ruleId");
    assertEquals(
        all.stream().filter(id -> !id.equals("HttpsOnly")).toList(),
        JSON.readTree(rules(folder, "--ignore", "HttpsOnly"))
            .path("findings")
            .findValuesAsText("ruleId"),
        "every other rule still runs");

    CliRun unknown = lint("--ignore", "HttpsOnly,NoSuchRule", folder.toString());
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().contains("'NoSuchRule'"), unknown.err());
  }

  @Test
  void theKindComesFromThePlaceThenTheBrandColourAndKindOverrides() throws Exception {
    byte[] bigIcon = ConnectorFixture.png(471, 471);
    Path certified =
        ConnectorFixture.named("A")
            .file("icon.png", bigIcon)
            .writeTo(repo.resolve("certified-connectors/A"));
    Path independent =
        ConnectorFixture.named("B")
            .file("icon.png", bigIcon)
            .writeTo(repo.resolve("independent-publisher-connectors/B"));
    Path looseOrange =
        ConnectorFixture.named("C").file("icon.png", bigIcon).writeTo(repo.resolve("elsewhere/C"));
    Path looseBlue =
        ConnectorFixture.named("D")
            .file("icon.png", bigIcon)
            .properties(p -> p.withObjectProperty("properties").put("iconBrandColor", "#007ee5"))
            .writeTo(repo.resolve("elsewhere/D"));
    assertTrue(rules(certified).contains("IconSize"));
    assertFalse(rules(independent).contains("IconSize"));
    assertFalse(rules(looseOrange).contains("IconSize"), "#da3b01 means independent publisher");
    assertTrue(rules(looseBlue).contains("IconSize"), "otherwise certified");
    assertFalse(rules(certified, "--kind", "independent-publisher").contains("IconSize"));
  }

  @Test
  void aLoneDefinitionIsCheckedByTheDefinitionRulesOnly() throws Exception {
    Path file = repo.resolve("drafts/my api (v2).json");
    Files.createDirectories(file.getParent());
    Files.write(
        file,
        ConnectorFixture.named("Contoso")
            .swagger(s -> s.putArray("schemes").add("http"))
            .files()
            .get("apiDefinition.swagger.json"));
    CliRun r = lint("--format", "json", "--base", repo.toString(), file.toString());
    assertEquals(1, r.status(), r.out());
    JsonNode findings = JSON.readTree(r.out()).path("findings");
    assertEquals(1, findings.size(), r.out());
    assertEquals("drafts/my api (v2).json", findings.get(0).path("file").asText());
    assertEquals("HttpsOnly", findings.get(0).path("ruleId").asText());
    assertEquals("/schemes", findings.get(0).path("jsonPointer").asText());
  }

  @Test
  void aCheckoutStandsForAllItsFoldersAndItsSchemaIsUsed() throws Exception {
    clean();
    insecure();
    ConnectorFixture.named("Extra")
        .properties(p -> p.withObjectProperty("properties").put("brandColour", "#ff0000"))
        .writeTo(repo.resolve("custom-connectors/Extra"));
    CliRun r = lint("--format", "json", "--base", repo.toString(), repo.toString());
    JsonNode report = JSON.readTree(r.out());
    assertEquals(3, report.path("folders").asInt());
    List<String> rules = report.path("findings").findValuesAsText("ruleId");
    assertEquals(List.of("ApiPropertiesSchema", "HttpsOnly"), rules.stream().sorted().toList());
    JsonNode schema =
        report.path("findings").findParents("ruleId").stream()
            .filter(f -> f.path("ruleId").asText().equals("ApiPropertiesSchema"))
            .findFirst()
            .orElseThrow();
    assertEquals("custom-connectors/Extra/apiProperties.json", schema.path("file").asText());
    assertEquals("/properties/brandColour", schema.path("jsonPointer").asText());
    assertTrue(schema.path("line").asInt() > 1);

    Path outside =
        ConnectorFixture.named("Loose")
            .properties(p -> p.put("unexpected", 1))
            .writeTo(Files.createTempDirectory("loose").resolve("Loose"));
    assertFalse(
        rules(outside).contains("ApiPropertiesSchema"), "no checkout, no schema, no finding");
  }

  @Test
  void sarifIsValidSarif210WithLinesAndEncodedUris() throws Exception {
    clean();
    insecure();
    CliRun r = lint("--format", "sarif", "--base", repo.toString(), repo.toString());
    assertEquals(1, r.status());
    JsonNode sarif = JSON.readTree(r.out());
    Set<ValidationMessage> errors = LintSchemas.sarif().validate(sarif);
    assertEquals(Set.of(), errors, "valid against the official SARIF 2.1.0 schema");
    JsonNode broken = sarif.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) broken).put("version", "2.0");
    assertFalse(LintSchemas.sarif().validate(broken).isEmpty(), "the schema does reject bad SARIF");

    JsonNode run = sarif.path("runs").get(0);
    JsonNode rules = run.path("tool").path("driver").path("rules");
    assertEquals(RuleCatalog.standard().rules().size(), rules.size());
    JsonNode result = run.path("results").get(0);
    assertEquals("HttpsOnly", result.path("ruleId").asText());
    assertEquals("error", result.path("level").asText());
    assertEquals("HttpsOnly", rules.get(result.path("ruleIndex").asInt()).path("id").asText());
    JsonNode location = result.path("locations").get(0).path("physicalLocation");
    assertEquals(
        "independent-publisher-connectors/Fabrikam/apiDefinition.swagger.json",
        location.path("artifactLocation").path("uri").asText());
    assertTrue(location.path("region").path("startLine").asInt() > 1);
    assertTrue(location.path("region").path("startColumn").asInt() > 0);
    JsonNode httpsOnly = rules.get(result.path("ruleIndex").asInt());
    assertFalse(httpsOnly.path("shortDescription").path("text").asText().isEmpty());
  }

  @Test
  void sarifUrisOfOddFolderNamesArePercentEncoded() {
    DisplayPaths paths = new DisplayPaths(repo);
    assertEquals(
        "certified-connectors/Contoso%20Tasks%20(%C3%9C)%20%231/readme.md",
        paths.uri(repo.resolve("certified-connectors/Contoso Tasks (Ü) #1/readme.md")));
    assertEquals("./a:b/readme.md", paths.uri(repo.resolve("a:b/readme.md")));
  }

  @Test
  void colourOnlyOnATerminalWithoutNoColor() {
    assertTrue(TextFormat.colourWanted(true, null));
    assertTrue(TextFormat.colourWanted(true, ""));
    assertFalse(TextFormat.colourWanted(true, "1"));
    assertFalse(TextFormat.colourWanted(false, null));
    Finding f =
        new Finding(
            "x", "a.json", "HttpsOnly", Severity.ERROR, "/schemes/0", 3, 5, "bad\u001b[2Jscheme");
    LintReport report = new LintReport(1, List.of(new LintReport.Entry(repo.resolve("a.json"), f)));
    String coloured = TextFormat.render(report, repo, true, false);
    assertTrue(coloured.contains("\u001b[31;1merror\u001b[0m"), coloured);
    String plain = TextFormat.render(report, repo, false, false);
    assertEquals(
        "a.json:3:5 error HttpsOnly bad\\u001b[2Jscheme\n\n1 error, 0 warnings, 0 info in 1 folder\n",
        plain,
        "content's control characters never reach the terminal");
    assertEquals(
        "title \\u202eCDE\\u202c is \\u2066odd\\u2069 \\u0085",
        TextFormat.printable("title \u202eCDE\u202c is \u2066odd\u2069 \u0085"),
        "nor do bidirectional overrides, which would make the line read otherwise");
    String plainText = "Ünïcode stays as it is";
    assertEquals(plainText, TextFormat.printable(plainText));
  }

  private String rules(Path folder, String... options) {
    List<String> args = new java.util.ArrayList<>(List.of("--format", "json"));
    args.addAll(List.of(options));
    args.add(folder.toString());
    return lint(args.toArray(String[]::new)).out();
  }
}
