package census.lint;

import static census.testing.CliRun.lint;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.json.JsonDocument;
import census.testing.CliRun;
import census.testing.ConnectorFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code census lint --fix}, {@code --diff} and fixes in the outputs, through the command line. */
class LintFixTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** CRLF, a comment, keys out of order, and trailing white space on two lines. */
  private static final String PROPERTIES =
      "{\r\n"
          + "    // the publisher's own note\r\n"
          + "    \"properties\": {  \r\n"
          + "        \"zeta\": 1,\r\n"
          + "        \"alpha\": 2\t\r\n"
          + "    }\r\n"
          + "}\r\n";

  @TempDir Path dir;

  private Path folder() throws Exception {
    return ConnectorFixture.named("Fixable")
        .file(ConnectorFixture.PROPERTIES, PROPERTIES)
        .writeTo(dir.resolve("Fixable"));
  }

  @Test
  void fixTouchesOnlyTheFixedLinesAndASecondFixChangesNothing() throws Exception {
    Path folder = folder();
    Path properties = folder.resolve(ConnectorFixture.PROPERTIES);
    byte[] definition = Files.readAllBytes(folder.resolve(ConnectorFixture.SWAGGER));

    CliRun fixed = lint("--fix", "--no-config", folder.toString());
    String expected =
        PROPERTIES.replace("{  \r\n", "{\r\n").replace("\"alpha\": 2\t\r\n", "\"alpha\": 2\r\n");
    assertEquals(expected, Files.readString(properties), fixed.toString());
    assertArrayEquals(definition, Files.readAllBytes(folder.resolve(ConnectorFixture.SWAGGER)));
    assertFalse(fixed.out().contains("TrailingWhitespace"), "what is left: " + fixed.out());
    assertEquals(List.of(), temporaryFiles(folder), "no temporary file is left behind");

    byte[] once = Files.readAllBytes(properties);
    lint("--fix", "--no-config", folder.toString());
    assertArrayEquals(once, Files.readAllBytes(properties), "a second --fix changes no byte");
  }

  @Test
  void diffShowsTheChangeAndWritesNothing() throws Exception {
    Path folder = folder();
    Path properties = folder.resolve(ConnectorFixture.PROPERTIES);
    CliRun diff = lint("--diff", "--no-config", "--base", dir.toString(), folder.toString());
    assertEquals(1, diff.status(), diff.toString());
    assertTrue(
        diff.out()
            .startsWith("--- a/Fixable/apiProperties.json\n+++ b/Fixable/apiProperties.json\n@@ "),
        diff.out());
    assertTrue(
        diff.out().contains("\n-    \"properties\": {  \r\n+    \"properties\": {\r\n"),
        diff.out());
    assertEquals(PROPERTIES, Files.readString(properties), "--diff writes nothing");

    lint("--fix", "--no-config", folder.toString());
    CliRun none = lint("--diff", "--no-config", folder.toString());
    assertEquals(0, none.status(), none.toString());
    assertEquals("", none.out());
  }

  @Test
  void aSuppressedFindingIsNotFixed() throws Exception {
    Path folder = folder();
    Files.writeString(
        dir.resolve(".census.json"),
        "{\"suppressions\": [{\"rules\": [\"TrailingWhitespace\"], \"path\": \"**\","
            + " \"reason\": \"kept as the vendor ships it\"}]}");
    lint("--fix", folder.toString());
    assertEquals(PROPERTIES, Files.readString(folder.resolve(ConnectorFixture.PROPERTIES)));
  }

  @Test
  void outputsCarryTheFixes() throws Exception {
    Path folder = folder();
    CliRun text = lint("--no-config", folder.toString());
    assertTrue(
        text.out().contains("apiProperties.json:3:20 warning TrailingWhitespace [*] 2 trailing"),
        text.out());
    assertTrue(text.out().contains("\n2 [*] findings are fixable with --fix\n"), text.out());

    JsonNode json = JSON.readTree(lint("--no-config", "--format", "json", folder.toString()).out());
    assertEquals(
        java.util.Set.of(),
        LintSchemas.jsonOutput().validate(json),
        "docs/lint-output.schema.json");
    JsonNode fix = finding(json.path("findings"), "TrailingWhitespace").path("fix");
    assertEquals("safe", fix.path("applicability").asText());
    JsonNode edit = fix.path("edits").get(0);
    assertEquals(
        List.of(3, 20, 3, 22, ""),
        List.of(
            edit.path("startLine").asInt(),
            edit.path("startColumn").asInt(),
            edit.path("endLine").asInt(),
            edit.path("endColumn").asInt(),
            edit.path("text").asText()));
    assertEquals("  ", PROPERTIES.substring(edit.path("start").asInt(), edit.path("end").asInt()));

    JsonNode sarif =
        JSON.readTree(lint("--no-config", "--format", "sarif", folder.toString()).out());
    assertEquals(java.util.Set.of(), LintSchemas.sarif().validate(sarif), "valid SARIF 2.1.0");
    JsonNode result = finding(sarif.path("runs").get(0).path("results"), "TrailingWhitespace");
    JsonNode replacement =
        result.path("fixes").get(0).path("artifactChanges").get(0).path("replacements").get(0);
    assertEquals(20, replacement.path("deletedRegion").path("startColumn").asInt());
    assertEquals(22, replacement.path("deletedRegion").path("endColumn").asInt());
    assertTrue(replacement.path("insertedContent").isMissingNode(), "a deletion inserts nothing");
  }

  @Test
  void aFixThatWouldMakeAStrictFileLessValidIsRefused() {
    byte[] strictBytes = utf8("{\"a\": 1}");
    JsonDocument strict = JsonDocument.parse("a.json", strictBytes);
    assertTrue(Fixer.damage(strict, strictBytes, utf8("{\"a\": 1,}")).isPresent());
    assertEquals(Optional.empty(), Fixer.damage(strict, strictBytes, utf8("{\"a\": 2}")));
    byte[] lenientBytes = utf8("{\"a\": 1,}");
    JsonDocument lenient = JsonDocument.parse("a.json", lenientBytes);
    assertTrue(
        Fixer.damage(lenient, lenientBytes, utf8("{\"a\": 1,,}")).isPresent(),
        "a lenient file may not gain a fault either");
  }

  @Test
  void aFixThatWouldGrowAFileOverOneMegabyteIsRefused() {
    String pad = "x".repeat(1024 * 1024);
    byte[] big = utf8("{\"a\": \"" + pad + "\"}");
    JsonDocument doc = JsonDocument.parse("apiDefinition.swagger.json", big);
    assertTrue(
        Fixer.damage(doc, big, utf8("{\"a\": \"" + pad + ".\"}")).isPresent(),
        "a definition over the limit may not grow");
    assertEquals(
        Optional.empty(), Fixer.damage(doc, big, utf8("{\"a\":\"" + pad + "\"}")), "it may shrink");
    byte[] under = utf8("{\"a\": \"" + pad.substring(12) + "\"}");
    assertTrue(
        Fixer.damage(
                JsonDocument.parse("apiDefinition.swagger.json", under),
                under,
                utf8("{\"a\": \"" + pad.substring(2) + "\"}"))
            .isPresent(),
        "nor be taken over it");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode finding(JsonNode findings, String rule) {
    for (JsonNode f : findings) {
      if (f.path("ruleId").asText().equals(rule)) {
        return f;
      }
    }
    throw new AssertionError("no " + rule + " in " + findings);
  }

  private static List<Path> temporaryFiles(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return new ArrayList<>(files.filter(p -> p.toString().endsWith(".census-fix")).toList());
    }
  }
}
