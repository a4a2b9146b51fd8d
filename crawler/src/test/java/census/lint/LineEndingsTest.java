package census.lint;

import static census.testing.CliRun.lint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.testing.CliRun;
import census.testing.ConnectorFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder checked out on Windows (CRLF line endings) lints as the same folder with LF does. */
class LineEndingsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** Faults on many lines of the definition and the properties, and in the readme. */
  private Path folder(String under) throws Exception {
    return ConnectorFixture.named("Contoso Tasks")
        .swagger(
            s -> {
              s.putArray("schemes").add("http");
              ((ObjectNode) s.get("info")).put("description", "manages tasks  ");
            })
        .file("readme.md", "# Contoso Tasks\n\nTasks.\n\n## Publisher\n\nJane\n")
        .file(
            ConnectorFixture.PROPERTIES,
            "{\n"
                + "    \"properties\": {  \n"
                + "        \"publisher\": \"Jane Doe\",\n"
                + "        \"stackOwner\": \"Contoso Inc\",\n"
                + "        \"iconBrandColor\": \"#da3b01\",\n"
                + "        \"capabilities\": [],\n"
                + "        \"connectionParameters\": {}\t\n"
                + "    }\n"
                + "}\n")
        .writeTo(dir.resolve(under).resolve("Contoso Tasks"));
  }

  private static void toCrlf(Path folder) throws Exception {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        Files.writeString(f, text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
      }
    }
  }

  /** Rule, file, line, column and message of each finding (fix offsets count the CRs). */
  private static List<String> findings(Path base, Path folder) throws Exception {
    CliRun r =
        lint("--format", "json", "--no-config", "--base", base.toString(), folder.toString());
    List<String> found = new ArrayList<>();
    for (JsonNode f : JSON.readTree(r.out()).path("findings")) {
      found.add(
          String.join(
              " ",
              f.path("ruleId").asText(),
              f.path("file").asText(),
              f.path("line").asText(),
              f.path("column").asText(),
              f.path("message").asText()));
    }
    return found;
  }

  @Test
  void crlfFilesGiveTheSameFindingsAtTheSameLines() throws Exception {
    Path lf = folder("lf");
    Path crlf = folder("crlf");
    toCrlf(crlf);

    List<String> expected = findings(dir.resolve("lf"), lf);
    assertTrue(expected.stream().anyMatch(f -> f.startsWith("HttpsOnly ")), expected.toString());
    assertTrue(
        expected.stream()
            .anyMatch(f -> f.startsWith("TrailingWhitespace Contoso Tasks/apiProperties.json 7 ")),
        expected.toString());
    assertEquals(expected, findings(dir.resolve("crlf"), crlf));
  }

  @Test
  void fixKeepsCrlf() throws Exception {
    Path crlf = folder("crlf");
    toCrlf(crlf);
    CliRun fixed = lint("--fix", "--no-config", crlf.toString());
    try (Stream<Path> files = Files.walk(crlf)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertFalse(text.replace("\r\n", "").contains("\n"), f + " has a bare LF: " + text);
      }
    }
    assertTrue(
        Files.readString(crlf.resolve(ConnectorFixture.PROPERTIES))
            .contains("\"properties\": {\r\n"),
        "the trailing white space is fixed, the CRLF kept: " + fixed);
  }
}
