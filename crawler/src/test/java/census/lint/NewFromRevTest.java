package census.lint;

import static census.testing.CliRun.lint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.testing.CliRun;
import census.testing.ConnectorFixture;
import census.testing.FixtureCheckout;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewFromRevTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GET = "/paths/~1tasks~1{taskId}/get";
  private static final String A = "independent-publisher-connectors/Alpha";
  private static final String B = "independent-publisher-connectors/Beta";

  @TempDir Path dir;
  private FixtureCheckout git;
  private RevCommit base;

  /** dev: Alpha and Beta, each with an error (http among its schemes); then branch feature. */
  @BeforeEach
  void checkout() throws Exception {
    git = FixtureCheckout.create(dir);
    git.write("schemas/paconn-apiProperties.schema.json", "{\"type\": \"object\"}");
    git.write(A, insecure("Alpha"));
    git.write(B, insecure("Beta"));
    base = git.commit("two connectors");
    git.checkout("feature");
  }

  @AfterEach
  void close() {
    git.close();
  }

  private static ConnectorFixture insecure(String title) {
    return ConnectorFixture.named(title).swagger(s -> s.putArray("schemes").add("http"));
  }

  /** A parameter of GET /tasks/{taskId}: a path parameter not required is an error (blocking). */
  private static ObjectNode parameter(ObjectNode swagger, int index) {
    return (ObjectNode) swagger.at(GET + "/parameters/" + index);
  }

  @Test
  void onlyTheFindingsOfTheChangeAreReportedAndTheyDecideTheExitStatus() throws Exception {
    git.write(A, insecure("Alpha").swagger(s -> parameter(s, 0).put("required", false)));

    CliRun r = lintJson("--new-from-rev", "dev");
    assertEquals(1, r.status(), r.toString());
    JsonNode report = JSON.readTree(r.out());
    assertEquals(
        List.of(A + "/apiDefinition.swagger.json PathParameterMustBeRequired"),
        findings(report),
        "Beta is unchanged: none of its findings is new");
    assertEquals(2, report.path("alreadyInBase").asInt(), "HttpsOnly in Alpha and in Beta");
    assertEquals(
        "the merge-base " + base.abbreviate(7).name() + " of dev and HEAD",
        report.path("base").asText());
    assertEquals(1, report.path("errors").asInt(), "counts are of the new findings");
  }

  @Test
  void oldErrorsAloneExitZero() throws Exception {
    CliRun r = lint("--base", dir.toString(), "--new-from-rev", "dev", dir.toString());
    assertEquals(0, r.status(), r.toString());
    assertEquals(
        "no new findings in 2 folders; 2 findings already in the merge-base "
            + base.abbreviate(7).name()
            + " of dev and HEAD not shown\n",
        r.out());
  }

  @Test
  void theBaseIsTheMergeBaseNotTheTipOfRef() throws Exception {
    // dev moves on without Beta's error; the branch still has it, from before it forked.
    git.checkout("dev").write(B, ConnectorFixture.named("Beta"));
    git.commit("Beta: https only");
    git.checkout("feature");
    assertTrue(Files.readString(dir.resolve(B + "/apiDefinition.swagger.json")).contains("http\""));
    CliRun r = lintJson("--new-from-rev", "dev");
    assertEquals(0, r.status(), r.toString());
    assertEquals(List.of(), findings(JSON.readTree(r.out())));
  }

  @Test
  void anUnchangedFolderIsCheckedAgainWhenTheRepositorySchemaChanged() throws Exception {
    git.write(
        "schemas/paconn-apiProperties.schema.json",
        "{\"type\": \"object\", \"required\": [\"scopes\"]}");
    CliRun r = lintJson("--new-from-rev", "dev");
    assertEquals(0, r.status(), "warnings only: " + r);
    assertEquals(
        List.of(
            A + "/apiProperties.json ApiPropertiesSchema",
            B + "/apiProperties.json ApiPropertiesSchema"),
        findings(JSON.readTree(r.out())));
  }

  @Test
  void aFindingOnLinesThatMovedStaysOld() throws Exception {
    git.write(A, insecure("Alpha").swagger(s -> parameter(s, 0).put("required", false)));
    git.commit("Alpha: taskId not required");
    int lineBefore = lineOf(lintJson().out(), "/parameters/0");
    git.checkout("moved");
    git.write(
        A,
        insecure("Alpha")
            .swagger(
                s -> {
                  s.withArray("produces").add("text/plain").add("text/csv");
                  parameter(s, 0).put("required", false);
                }));
    assertNotEquals(lineBefore, lineOf(lintJson().out(), "/parameters/0"), "the lines moved");

    CliRun r = lintJson("--new-from-rev", "feature");
    assertEquals(0, r.status(), r.toString());
    JsonNode report = JSON.readTree(r.out());
    assertEquals(List.of(), findings(report));
    assertEquals(3, report.path("alreadyInBase").asInt());
  }

  @Test
  void aParameterInsertedBeforeAnotherIsNewAndTheOtherStaysOld() throws Exception {
    git.write(A, insecure("Alpha").swagger(s -> parameter(s, 0).put("required", false)));
    git.commit("Alpha: taskId not required");
    git.checkout("inserted");
    git.write(
        A,
        insecure("Alpha")
            .swagger(
                s -> {
                  parameter(s, 0).put("required", false);
                  ObjectNode trace = parameter(s, 0).deepCopy();
                  // The platform reserves the name: an error of its own, on the new index 0.
                  trace.put("name", "connectionId").put("in", "header");
                  trace.put("x-ms-summary", "Connection").remove("x-ms-url-encoding");
                  ((ArrayNode) s.at(GET + "/parameters")).insert(0, trace);
                }));

    CliRun r = lintJson("--new-from-rev", "feature");
    assertEquals(1, r.status(), r.toString());
    JsonNode report = JSON.readTree(r.out());
    JsonNode only = report.path("findings").get(0);
    assertEquals(1, report.path("findings").size(), r.out());
    assertEquals("ConnectionIdParameterNotAllowed", only.path("ruleId").asText(), r.out());
    assertEquals(GET + "/parameters/0", only.path("jsonPointer").asText());
    assertEquals(3, report.path("alreadyInBase").asInt(), "taskId's, now at index 1, is old");
  }

  @Test
  void aFolderAbsentAtTheBaseHasOnlyNewFindings() throws Exception {
    git.write("independent-publisher-connectors/Gamma", insecure("Gamma"));
    CliRun r = lintJson("--new-from-rev", "dev");
    assertEquals(1, r.status(), r.toString());
    assertEquals(
        List.of("independent-publisher-connectors/Gamma/apiDefinition.swagger.json HttpsOnly"),
        findings(JSON.readTree(r.out())));
  }

  @Test
  void aLoneDefinitionIsComparedWithItsFileAtTheBase() throws Exception {
    String definition = "drafts/contoso.json";
    git.write(definition, swaggerOf(insecure("Contoso")));
    git.commit("a draft");
    git.checkout("draft");
    git.write(
        definition,
        swaggerOf(insecure("Contoso").swagger(s -> parameter(s, 0).put("required", false))));
    CliRun r =
        lint("--format", "json", "--new-from-rev", "feature", dir.resolve(definition).toString());
    assertEquals(1, r.status(), r.toString());
    JsonNode report = JSON.readTree(r.out());
    assertEquals(1, report.path("findings").size(), r.out());
    assertEquals("PathParameterMustBeRequired", report.at("/findings/0/ruleId").asText());
    assertEquals(1, report.path("alreadyInBase").asInt(), "HttpsOnly");
  }

  private static String swaggerOf(ConnectorFixture connector) {
    return new String(connector.files().get("apiDefinition.swagger.json"), StandardCharsets.UTF_8);
  }

  @Test
  void sarifListsEveryResultWithItsBaselineState() throws Exception {
    git.write(A, insecure("Alpha").swagger(s -> parameter(s, 0).put("required", false)));
    CliRun r =
        lint(
            "--format", "sarif", "--base", dir.toString(), "--new-from-rev", "dev", dir.toString());
    assertEquals(1, r.status(), r.toString());
    JsonNode sarif = JSON.readTree(r.out());
    assertEquals(Set.of(), LintSchemas.sarif().validate(sarif), r.out());
    List<String> states = new ArrayList<>();
    for (JsonNode result : sarif.path("runs").get(0).path("results")) {
      states.add(
          result
                  .at("/locations/0/physicalLocation/artifactLocation/uri")
                  .asText()
                  .replaceAll("/apiDefinition.swagger.json$", "")
              + " "
              + result.path("ruleId").asText()
              + " "
              + result.path("baselineState").asText());
    }
    assertEquals(
        List.of(
            A + " HttpsOnly unchanged",
            A + " PathParameterMustBeRequired new",
            B + " HttpsOnly unchanged"),
        states.stream().sorted().toList());
  }

  /**
   * The working tree's configuration judges the base too: HttpsOnly made a warning stays old (and
   * is no new warning for --max-warnings), a suppressed new error is new but fails nothing.
   */
  @Test
  void theConfigurationDecidesFirstThenTheBasePicksTheNewFindings() throws Exception {
    git.write(
        ConfigFile.NAME,
        """
        {
          "severity": {"HttpsOnly": "warning"},
          "suppress": [{"rule": "PathParameterMustBeRequired", "path": "%s",
                        "reason": "the service accepts an empty id"}]
        }
        """
            .formatted(A));
    git.write(A, insecure("Alpha").swagger(s -> parameter(s, 0).put("required", false)));
    git.write(B, insecure("Beta").swagger(s -> parameter(s, 0).put("required", false)));

    CliRun r = lintJson("--new-from-rev", "dev", "--max-warnings", "0");
    assertEquals(1, r.status(), "Beta's new error: " + r);
    JsonNode report = JSON.readTree(r.out());
    List<String> found = new ArrayList<>();
    report
        .path("findings")
        .forEach(
            f ->
                found.add(
                    f.path("file").asText()
                        + " "
                        + f.path("ruleId").asText()
                        + " "
                        + f.path("severity").asText()
                        + f.at("/suppressed/reason").asText(" ")));
    assertEquals(
        List.of(
            A
                + "/apiDefinition.swagger.json PathParameterMustBeRequired error"
                + "the service accepts an empty id",
            B + "/apiDefinition.swagger.json PathParameterMustBeRequired error "),
        found);
    assertEquals(1, report.path("errors").asInt());
    assertEquals(0, report.path("warnings").asInt(), "HttpsOnly, now a warning, is old");
    assertEquals(1, report.path("suppressed").asInt());
    assertEquals(2, report.path("alreadyInBase").asInt());
    assertEquals(Set.of(), LintSchemas.jsonOutput().validate(report), r.out());

    git.write(B, insecure("Beta"));
    CliRun suppressedOnly =
        lint(
            "--base",
            dir.toString(),
            "--new-from-rev",
            "dev",
            "--max-warnings",
            "0",
            dir.toString());
    assertEquals(0, suppressedOnly.status(), suppressedOnly.toString());
    assertEquals(
        "no new findings in 2 folders, 1 suppressed; 2 findings already in the merge-base "
            + base.abbreviate(7).name()
            + " of dev and HEAD not shown\n",
        suppressedOnly.out());

    JsonNode sarif =
        JSON.readTree(
            lint(
                    "--format",
                    "sarif",
                    "--base",
                    dir.toString(),
                    "--new-from-rev",
                    "dev",
                    dir.toString())
                .out());
    assertEquals(Set.of(), LintSchemas.sarif().validate(sarif));
    List<String> results = new ArrayList<>();
    for (JsonNode result : sarif.at("/runs/0/results")) {
      results.add(
          result.path("ruleId").asText()
              + " "
              + result.path("level").asText()
              + " "
              + result.path("baselineState").asText()
              + " "
              + result.at("/suppressions/0/justification").asText("-"));
    }
    assertEquals(
        List.of(
            "HttpsOnly warning unchanged -",
            "HttpsOnly warning unchanged -",
            "PathParameterMustBeRequired error new the service accepts an empty id"),
        results.stream().sorted().toList());
  }

  @Test
  void aRefThatNamesNoCommitOrAPathOutsideTheCheckoutIsAUsageError() throws Exception {
    CliRun bad = lint("--new-from-rev", "no-such-branch", dir.resolve(A).toString());
    assertEquals(2, bad.status(), bad.toString());
    assertTrue(bad.err().contains("'no-such-branch' names no commit"), bad.err());

    Path outside = ConnectorFixture.named("Loose").writeTo(Files.createTempDirectory("loose"));
    CliRun out = lint("--new-from-rev", "dev", dir.resolve(A).toString(), outside.toString());
    assertEquals(2, out.status(), out.toString());
    assertTrue(out.err().contains(outside + " is outside the git checkout"), out.err());
  }

  @Test
  void fixWithNewFromRevTouchesOnlyWhatTheChangeIntroduced() throws Exception {
    String properties = A + "/apiProperties.json";
    String old = "{\n    \"properties\": {  \n        \"publisher\": \"Jane Doe\"\n    }\n}\n";
    git.write(properties, old);
    git.commit("Alpha's properties, with trailing white space");
    git.checkout("fix-me");
    String changed =
        old.replace("\"Jane Doe\"\n", "\"Jane Doe\",\n        \"stackOwner\": \"Contoso\" \n");
    git.write(properties, changed);

    CliRun r = lint("--fix", "--no-config", "--new-from-rev", "HEAD", dir.resolve(A).toString());
    assertEquals(
        changed.replace("\"Contoso\" \n", "\"Contoso\"\n"),
        Files.readString(dir.resolve(properties)),
        "the line the change added is fixed, the base's trailing white space is left: " + r);
  }

  private CliRun lintJson(String... options) {
    List<String> args = new ArrayList<>(List.of("--format", "json", "--base", dir.toString()));
    args.addAll(List.of(options));
    args.add(dir.toString());
    return lint(args.toArray(String[]::new));
  }

  /** Each finding as "file ruleId". */
  private static List<String> findings(JsonNode report) {
    List<String> out = new ArrayList<>();
    report
        .path("findings")
        .forEach(f -> out.add(f.path("file").asText() + " " + f.path("ruleId").asText()));
    return out;
  }

  private static int lineOf(String jsonReport, String pointerEnd) throws Exception {
    for (JsonNode f : JSON.readTree(jsonReport).path("findings")) {
      if (f.path("jsonPointer").asText().endsWith(pointerEnd)) {
        return f.path("line").asInt();
      }
    }
    throw new AssertionError("no finding at *" + pointerEnd + " in " + jsonReport);
  }
}
