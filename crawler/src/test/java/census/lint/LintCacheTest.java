package census.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.rules.RuleEngine;
import census.rules.files.ApiPropertiesSchema;
import census.rules.text.Misspelling;
import census.testing.ConnectorFixture;
import census.testing.CountingRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCacheTest {
  @TempDir Path tmp;

  private Path repo;
  private Path cacheDir;
  private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();

  @BeforeEach
  void checkout() throws Exception {
    repo = tmp.resolve("repo");
    cacheDir = tmp.resolve("cache");
    Files.createDirectories(repo.resolve("schemas"));
    Files.writeString(repo.resolve(ApiPropertiesSchema.SCHEMA_PATH), "{\"type\": \"object\"}");
    ConnectorFixture.named("Contoso").writeTo(repo.resolve("certified-connectors/Contoso"));
    ConnectorFixture.named("Fabrikam")
        .swagger(s -> s.putArray("schemes").add("http"))
        .writeTo(repo.resolve("certified-connectors/Fabrikam"));
  }

  /** Lints the checkout with the counting catalog; returns the report. */
  private LintReport lint(Set<String> optIn) throws Exception {
    RuleEngine engine = new RuleEngine(CountingRules.without("NoSuchRule", runs), optIn);
    LintCache cache = new LintCache(cacheDir, engine.checkVersion());
    return new Linter(engine, Optional.of(cache))
        .lint(LintTargets.resolve(List.of(repo), Optional.empty()));
  }

  private LintReport uncached() throws Exception {
    return new Linter(
            new RuleEngine(CountingRules.without("NoSuchRule", new ConcurrentHashMap<>())))
        .lint(LintTargets.resolve(List.of(repo), Optional.empty()));
  }

  private int ruleRuns() {
    return runs.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  @Test
  void anUnchangedFolderTakesItsFindingsFromTheCacheAndAChangedOneIsCheckedAgain()
      throws Exception {
    LintReport first = lint(Set.of());
    int perFolder = ruleRuns() / 2;
    assertTrue(perFolder > 50, "the first lint runs the rules on both folders");
    assertEquals(uncached().entries(), first.entries());

    runs.clear();
    LintReport again = lint(Set.of());
    assertEquals(0, ruleRuns(), "nothing changed: no rule runs");
    assertEquals(first.entries(), again.entries(), "the same findings in the same order");

    Path swagger = repo.resolve("certified-connectors/Fabrikam/apiDefinition.swagger.json");
    Files.writeString(swagger, Files.readString(swagger).replace("\"http\"", "\"https\""));
    runs.clear();
    LintReport edited = lint(Set.of());
    assertEquals(perFolder, ruleRuns(), "only the edited folder is checked");
    assertEquals(uncached().entries(), edited.entries());
    assertTrue(
        first.entries().stream().anyMatch(e -> e.finding().ruleId().equals("HttpsOnly"))
            && edited.entries().stream().noneMatch(e -> e.finding().ruleId().equals("HttpsOnly")),
        "the fixed finding is gone");

    // An edit that keeps the size shows in the modification time.
    Path readme = repo.resolve("certified-connectors/Contoso/readme.md");
    Files.setLastModifiedTime(
        readme, FileTime.from(Files.getLastModifiedTime(readme).toInstant().plusSeconds(1)));
    runs.clear();
    lint(Set.of());
    assertEquals(perFolder, ruleRuns(), "only the touched folder is checked");
  }

  @Test
  void otherRulesTheRepositorySchemaOrABrokenEntryMeanAMiss() throws Exception {
    lint(Set.of());

    runs.clear();
    lint(Set.of(Misspelling.ID));
    assertTrue(runs.containsKey(Misspelling.ID), "an opt-in rule is another check version");
    assertTrue(ruleRuns() > 100, "both folders are checked with it");

    Files.writeString(
        repo.resolve(ApiPropertiesSchema.SCHEMA_PATH), "{\"type\": \"object\", \"required\": []}");
    runs.clear();
    lint(Set.of());
    assertTrue(ruleRuns() > 100, "the schema apiProperties.json is validated against changed");

    try (Stream<Path> entries = Files.list(cacheDir)) {
      for (Path entry : entries.toList()) {
        Files.write(entry, new byte[] {0, 7, 'c', 'e'});
      }
    }
    runs.clear();
    LintReport repaired = lint(Set.of());
    assertTrue(ruleRuns() > 100, "truncated entries are misses");
    assertEquals(uncached().entries(), repaired.entries());
    runs.clear();
    lint(Set.of());
    assertEquals(0, ruleRuns(), "and were written anew");
  }

  @Test
  void aCacheThatCannotBeWrittenCostsSpeedNotTheLint() throws Exception {
    Files.writeString(cacheDir, "a file where the cache folder should be");
    assertEquals(uncached().entries(), lint(Set.of()).entries());
    assertEquals(0, new LintCache(cacheDir, "any").prune(Instant.now()));
  }

  @Test
  void entriesUnusedForThirtyDaysArePruned() throws Exception {
    lint(Set.of());
    List<Path> entries;
    try (Stream<Path> list = Files.list(cacheDir)) {
      entries = list.sorted().toList();
    }
    assertEquals(2, entries.size(), "one entry per folder");
    Instant now = Instant.now();
    Files.setLastModifiedTime(entries.get(0), FileTime.from(now.minus(Duration.ofDays(31))));
    Files.setLastModifiedTime(entries.get(1), FileTime.from(now.minus(Duration.ofDays(29))));

    assertEquals(1, new LintCache(cacheDir, "any").prune(now));
    assertFalse(Files.exists(entries.get(0)));
    assertTrue(Files.exists(entries.get(1)));

    // A hit counts as a use.
    runs.clear();
    lint(Set.of());
    assertEquals(0, new LintCache(cacheDir, "any").prune(now.plus(Duration.ofDays(29))));
  }
}
