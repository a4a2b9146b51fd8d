package census.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.cli.Census;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalog is whole: documented, unique, tested, and the same in code, CLI and docs. */
class RuleCatalogTest {
  private static final Path TEST_SOURCES = Path.of("src", "test", "java");
  private static final Pattern ID = Pattern.compile("[A-Z][A-Za-z0-9]+");

  private final RuleCatalog catalog = RuleCatalog.standard();

  @Test
  void everyRuleIsDocumentedWithAUniqueId() {
    assertFalse(catalog.rules().isEmpty());
    Set<String> ids = new HashSet<>();
    for (Rule rule : catalog.rules()) {
      RuleInfo r = rule.info();
      String who = rule.getClass().getName();
      assertTrue(ids.add(r.id()), "duplicate rule id " + r.id());
      assertTrue(ID.matcher(r.id()).matches(), who + ": id " + r.id() + " is not PascalCase");
      assertFalse(r.doc().isBlank(), who + " has no doc");
      assertFalse(r.fix().isBlank(), who + " has no fix");
      assertFalse(r.source().isBlank(), who + " has no source");
      assertTrue(r.files().length > 0, who + " names no files");
    }
  }

  @Test
  void everyRuleHasATestClassThatReferencesIt() throws IOException {
    List<String> tests = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TEST_SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith("Test.java")).toList()) {
        tests.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    List<String> untested = new ArrayList<>();
    for (Rule rule : catalog.rules()) {
      String reference = rule.getClass().getSimpleName() + ".class";
      if (tests.stream().noneMatch(t -> t.contains(reference))) {
        untested.add(rule.getClass().getName());
      }
    }
    assertEquals(List.of(), untested, "rules without a test that names ClassName.class");
  }

  @Test
  void docsRulesMdIsTheGeneratedCatalog() throws IOException {
    assertEquals(
        RulesDoc.markdown(catalog),
        Files.readString(Path.of("..", "docs", "rules.md"), StandardCharsets.UTF_8),
        "docs/rules.md is stale: run `" + RulesDoc.REGENERATE + "`");
  }

  @Test
  void censusRulesJsonListsExactlyTheCatalog() throws IOException {
    JsonNode json = new ObjectMapper().readTree(run("rules", "--format", "json"));
    List<String> listed = new ArrayList<>();
    json.path("rules").forEach(r -> listed.add(r.path("id").asText()));
    assertEquals(catalog.rules().stream().map(r -> r.info().id()).toList(), listed);
    assertEquals(catalog.version(), json.path("catalogVersion").asText());
    JsonNode first = json.path("rules").get(0);
    RuleInfo info = catalog.rules().get(0).info();
    assertEquals(info.doc(), first.path("doc").asText());
    assertEquals(info.severity().id(), first.path("severity").asText());
  }

  @Test
  void censusRulesTextAndMarkdownNameEveryRule() {
    String text = run("rules");
    String md = run("rules", "--format", "md");
    assertEquals(RulesDoc.markdown(catalog), md);
    for (Rule rule : catalog.rules()) {
      assertTrue(text.contains(rule.info().id() + "  " + rule.info().severity().id()));
      assertTrue(md.contains("\n### " + rule.info().id() + "\n"));
    }
    assertTrue(text.endsWith(catalog.rules().size() + " rules\n"));
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    int status = Census.commandLine().setOut(new PrintWriter(out)).execute(args);
    assertEquals(0, status);
    return out.toString();
  }
}
