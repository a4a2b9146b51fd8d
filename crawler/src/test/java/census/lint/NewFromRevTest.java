package census.lint;

import static census.lint.LintRun.lint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    return ConnectorFixture.named(title).swagger(s -> s.withArray("schemes").add("http"));
  }

  /** A parameter of GET /tasks/{taskId}: allowEmptyValue on one not in the query is an error. */
  private static ObjectNode parameter(ObjectNode swagger, int index) {
    return (ObjectNode) swagger.at(GET + "/parameters/" + index);
  }

  @Test
  void onlyTheFindingsOfTheChangeAreReportedAndTheyDecideTheExitStatus() throws Exception {
    git.write(A, insecure("Alpha").swagger(s -> parameter(s, 0).put("allowEmptyValue", true)));

    LintRun r = lintJson("--new-from-rev", "dev");
    assertEquals(1, r.status(), r.toString());
    JsonNode report = JSON.readTree(r.out());
    assertEquals(
        List.of(A + "/apiDefinition.swagger.json AllowEmptyValueOnlyValidForQueryFormData"),
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
    LintRun r = lint("--base", dir.toString(), "--new-from-rev", "dev", dir.toString());
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
    LintRun r = lintJson("--new-from-rev", "dev");
    assertEquals(0, r.status(), r.toString());
    assertEquals(List.of(), findings(JSON.readTree(r.out())));
  }

  @Test
  void anUnchangedFolderIsCheckedAgainWhenTheRepositorySchemaChanged() throws Exception {
    git.write(
        "schemas/paconn-apiProperties.schema.json",
        "{\"type\": \"object\", \"required\": [\"scopes\"]}");
    LintRun r = lintJson("--new-from-rev", "dev");
    assertEquals(0, r.status(), "warnings only: " + r);
    assertEquals(
        List.of(
            A + "/apiProperties.json ApiPropertiesSchema",
            B + "/apiProperties.json ApiPropertiesSchema"),
        findings(JSON.readTree(r.out())));
  }

  @Test
  void aFindingOnLinesThatMovedStaysOld() throws Exception {
    git.write(A, insecure("Alpha").swagger(s -> parameter(s, 0).put("allowEmptyValue", true)));
    git.commit("Alpha: allowEmptyValue");
    int lineBefore = lineOf(lintJson().out(), "allowEmptyValue");
    git.checkout("moved");
    git.write(
        A,
        insecure("Alpha")
            .swagger(
                s -> {
                  s.withArray("produces").add("text/plain").add("text/csv");
                  parameter(s, 0).put("allowEmptyValue", true);
                }));
    assertNotEquals(lineBefore, lineOf(lintJson().out(), "allowEmptyValue"), "the lines moved");

    LintRun r = lintJson("--new-from-rev", "feature");
    assertEquals(0, r.status(), r.toString());
    JsonNode report = JSON.readTree(r.out());
    assertEquals(List.of(), findings(report));
    assertEquals(3, report.path("alreadyInBase").asInt());
  }

  @Test
  void aParameterInsertedBeforeAnotherIsNewAndTheOtherStaysOld() throws Exception {
    git.write(A, insecure("Alpha").swagger(s -> parameter(s, 0).put("allowEmptyValue", true)));
    git.commit("Alpha: allowEmptyValue on taskId");
    git.checkout("inserted");
    git.write(
        A,
        insecure("Alpha")
            .swagger(
                s -> {
                  parameter(s, 0).put("allowEmptyValue", true);
                  ObjectNode trace = parameter(s, 0).deepCopy();
                  trace.put("name", "X-Trace").put("in", "header").put("required", false);
                  trace.put("x-ms-summary", "Trace").remove("x-ms-url-encoding");
                  ((ArrayNode) s.at(GET + "/parameters")).insert(0, trace);
                }));

    LintRun r = lintJson("--new-from-rev", "feature");
    assertEquals(1, r.status(), r.toString());
    JsonNode report = JSON.readTree(r.out());
    JsonNode only = report.path("findings").get(0);
    assertEquals(1, report.path("findings").size(), r.out());
    assertEquals(GET + "/parameters/0/allowEmptyValue", only.path("jsonPointer").asText());
    assertTrue(only.path("message").asText().contains("X-Trace"), r.out());
    assertEquals(3, report.path("alreadyInBase").asInt(), "taskId's, now at index 1, is old");
  }

  @Test
  void aFolderAbsentAtTheBaseHasOnlyNewFindings() throws Exception {
    git.write("independent-publisher-connectors/Gamma", insecure("Gamma"));
    LintRun r = lintJson("--new-from-rev", "dev");
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
        swaggerOf(insecure("Contoso").swagger(s -> parameter(s, 0).put("allowEmptyValue", true))));
    LintRun r =
        lint("--format", "json", "--new-from-rev", "feature", dir.resolve(definition).toString());
    assertEquals(1, r.status(), r.toString());
    JsonNode report = JSON.readTree(r.out());
    assertEquals(1, report.path("findings").size(), r.out());
    assertEquals(
        "AllowEmptyValueOnlyValidForQueryFormData", report.at("/findings/0/ruleId").asText());
    assertEquals(1, report.path("alreadyInBase").asInt(), "HttpsOnly");
  }

  private static String swaggerOf(ConnectorFixture connector) {
    return new String(connector.files().get("apiDefinition.swagger.json"), StandardCharsets.UTF_8);
  }

  @Test
  void sarifListsEveryResultWithItsBaselineState() throws Exception {
    git.write(A, insecure("Alpha").swagger(s -> parameter(s, 0).put("allowEmptyValue", true)));
    LintRun r =
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
            A + " AllowEmptyValueOnlyValidForQueryFormData new",
            A + " HttpsOnly unchanged",
            B + " HttpsOnly unchanged"),
        states.stream().sorted().toList());
  }

  @Test
  void aRefThatNamesNoCommitOrAPathOutsideTheCheckoutIsAUsageError() throws Exception {
    LintRun bad = lint("--new-from-rev", "no-such-branch", dir.resolve(A).toString());
    assertEquals(2, bad.status(), bad.toString());
    assertTrue(bad.err().contains("'no-such-branch' names no commit"), bad.err());

    Path outside = ConnectorFixture.named("Loose").writeTo(Files.createTempDirectory("loose"));
    LintRun out = lint("--new-from-rev", "dev", dir.resolve(A).toString(), outside.toString());
    assertEquals(2, out.status(), out.toString());
    assertTrue(out.err().contains(outside + " is outside the git checkout"), out.err());
  }

  private LintRun lintJson(String... options) {
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
