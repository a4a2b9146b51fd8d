package census.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.cli.Census;
import census.rules.RuleCatalog;
import census.rules.files.ApiPropertiesSchema;
import census.rules.text.Misspelling;
import census.testing.ConnectorFixture;
import census.testing.CountingRules;
import census.testing.FixtureRepo;
import census.warehouse.Row;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlCommandTest {
  @TempDir Path tmp;

  @Test
  void syncThenCrawlWritesOneRowPerFolderEvenForBrokenOnes() throws Exception {
    try (FixtureRepo repo = FixtureRepo.create(tmp.resolve("origin.git"))) {
      repo.write("README.md", "# connectors")
          .write("certified-connectors/Contoso Tasks", ConnectorFixture.named("Contoso Tasks"))
          .write(
              "independent-publisher-connectors/Brønnøy (Test)",
              ConnectorFixture.named("Brønnøy")
                  .file(
                      "apiDefinition.swagger.json",
                      "{\n    \"swagger\": \"2.0\",\n    \"info\": {\"title\": \"Brønnøy\",},\n}\n"))
          .write(
              "custom-connectors/NoSwagger",
              ConnectorFixture.named("NoSwagger").without("apiDefinition.swagger.json"))
          .write("certified-connectors/README.md", "not a connector");
      repo.commit("first");
    }
    Path data = tmp.resolve("data");
    assertEquals(
        0,
        Census.commandLine()
            .execute(
                "sync", "--repo", tmp.resolve("origin.git").toString(), "--data", data.toString()));
    assertEquals(0, Census.commandLine().execute("crawl", "--data", data.toString()));

    Warehouse warehouse = new Warehouse(data.resolve("warehouse").toString());
    Map<String, Row> connectors = byPath(warehouse.read(Tables.CONNECTORS));
    assertEquals(
        List.of(
            "certified-connectors/Contoso Tasks",
            "custom-connectors/NoSwagger",
            "independent-publisher-connectors/Brønnøy (Test)"),
        connectors.keySet().stream().sorted().toList());

    Row contoso = connectors.get("certified-connectors/Contoso Tasks");
    assertEquals("certified", contoso.string("kind"));
    assertEquals("Contoso Tasks", contoso.string("title"));
    assertEquals("ok", contoso.string("parse_status"));
    assertEquals(1L, contoso.longValue("operation_count"));
    assertEquals(List.of("Productivity"), contoso.strings("categories"));
    assertEquals(0L, contoso.longValue("error_count"));

    Row broken = connectors.get("independent-publisher-connectors/Brønnøy (Test)");
    assertEquals("lenient", broken.string("parse_status"));
    assertEquals("Brønnøy", broken.string("title"), "metadata recovered by the lenient parse");

    Row missing = connectors.get("custom-connectors/NoSwagger");
    assertEquals("missing", missing.string("parse_status"));
    assertFalse(missing.bool("has_swagger"));
    assertTrue(missing.bool("has_properties"));

    List<Row> findings = warehouse.read(Tables.FINDINGS);
    Row syntax =
        findings.stream()
            .filter(f -> f.string("rule_id").equals("InvalidJson"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "independent-publisher-connectors/Brønnøy (Test)", syntax.string("connector_path"));
    assertEquals("apiDefinition.swagger.json", syntax.string("file"));
    assertEquals(3L, syntax.longValue("line"), "the trailing comma is on line 3");
    assertTrue(
        findings.stream()
            .anyMatch(
                f ->
                    f.string("rule_id").equals("ApiDefinitionMissing")
                        && f.string("connector_path").equals("custom-connectors/NoSwagger")));
    assertTrue(
        findings.stream()
            .noneMatch(f -> f.string("connector_path").startsWith("certified-connectors/")),
        "the clean fixture has no findings: " + findings);

    Row run = warehouse.read(Tables.RUNS).get(0);
    assertEquals("crawl", run.string("command"));
    assertEquals("succeeded", run.string("status"));
    assertTrue(run.strings("row_counts").contains("connectors=3"), run.toString());

    List<Row> operations = warehouse.read(Tables.OPERATIONS);
    assertEquals(1, operations.size());
    assertEquals("GetTask", operations.get(0).string("operation_id"));
    assertNotNull(operations.get(0).get("commit_id"));
  }

  @Test
  void secondSyncFetchesOnlyNewCommits() throws Exception {
    Path origin = tmp.resolve("origin.git");
    Path data = tmp.resolve("data");
    try (FixtureRepo repo = FixtureRepo.create(origin)) {
      repo.write("certified-connectors/A", ConnectorFixture.named("Alpha"));
      repo.commit("one");
      run("sync", "--repo", origin.toString(), "--data", data.toString());
      repo.write("certified-connectors/B", ConnectorFixture.named("Beta"));
      var two = repo.commit("two");
      repo.pullRequest(7, two);
    }
    var out = new java.io.ByteArrayOutputStream();
    var cli = Census.commandLine();
    cli.setOut(new java.io.PrintWriter(out, true, StandardCharsets.UTF_8));
    var previousOut = System.out;
    try {
      System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
      assertEquals(0, cli.execute("sync", "--repo", origin.toString(), "--data", data.toString()));
    } finally {
      System.setOut(previousOut);
    }
    String said = out.toString(StandardCharsets.UTF_8);
    assertTrue(said.startsWith("fetched into"), said);
    assertTrue(said.contains(": 2 refs updated"), "dev moved and pull 7 appeared: " + said);
  }

  @Test
  void crawlWithHistoryWritesVersionsAndRecordsTheStep() throws Exception {
    Path origin = tmp.resolve("origin.git");
    Path data = tmp.resolve("data");
    try (FixtureRepo repo = FixtureRepo.create(origin)) {
      repo.write("certified-connectors/Contoso", ConnectorFixture.named("Contoso"));
      repo.commit("add");
      repo.write("certified-connectors/Contoso/readme.md", "# Contoso\n");
      repo.commit("edit");
    }
    run("sync", "--repo", origin.toString(), "--data", data.toString());
    run("crawl", "--history", "--data", data.toString());
    Warehouse warehouse = new Warehouse(data.resolve("warehouse").toString());
    assertEquals(
        List.of("added", "modified"),
        warehouse.read(Tables.CONNECTOR_VERSIONS).stream().map(r -> r.string("change")).toList());
    assertTrue(!warehouse.exists(Tables.CONNECTORS), "the history alone; run crawls both");
    Row runRow = warehouse.read(Tables.RUNS).get(0);
    assertTrue(
        runRow.strings("steps").stream().anyMatch(s -> s.startsWith("history=")),
        runRow.strings("steps")::toString);
    assertTrue(
        runRow.strings("row_counts").contains("connector_versions=2"),
        runRow.strings("row_counts")::toString);
  }

  @Test
  void aLaterCrawlChecksOnlyFoldersThatChangedAndRulesThatChanged() throws Exception {
    Path origin = tmp.resolve("origin.git");
    Path work = tmp.resolve("work");
    String warehouse = tmp.resolve("warehouse").toString();
    try (FixtureRepo repo = FixtureRepo.create(origin)) {
      repo.write("certified-connectors/Contoso", ConnectorFixture.named("Contoso"))
          .write("certified-connectors/Fabrikam", ConnectorFixture.named("Fabrikam"));
      repo.commit("add");
      new census.git.RepositorySync().sync(origin.toString(), work);
      CrawlStep.Result first = CrawlStep.run(work, warehouse, "dev", "t1");
      assertEquals(List.of(2, 0), List.of(first.checked(), first.reused()));
      List<Row> contosoFindings = findingsOf(warehouse, "certified-connectors/Contoso");
      Path published = Path.of(warehouse, Tables.FINDINGS.name());
      java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(published);

      CrawlStep.Result again = CrawlStep.run(work, warehouse, "dev", "t1b");
      assertEquals(List.of(0, 2), List.of(again.checked(), again.reused()));
      assertEquals(written, Files.getLastModifiedTime(published), "nothing new: nothing written");

      repo.write("certified-connectors/Fabrikam", ConnectorFixture.named("Fabrikam Renamed Title"));
      ObjectId second = repo.commit("edit Fabrikam");
      new census.git.RepositorySync().sync(origin.toString(), work);
      CrawlStep.Result next = CrawlStep.run(work, warehouse, "dev", "t2");
      assertEquals(List.of(1, 1), List.of(next.checked(), next.reused()));

      Map<String, Row> connectors = byPath(new Warehouse(warehouse).read(Tables.CONNECTORS));
      assertEquals(
          "Fabrikam Renamed Title",
          connectors.get("certified-connectors/Fabrikam").string("title"));
      Row contoso = connectors.get("certified-connectors/Contoso");
      assertEquals(second.name(), contoso.string("commit_id"), "reused rows are of the new commit");
      List<Row> reused = findingsOf(warehouse, "certified-connectors/Contoso");
      assertEquals(
          contosoFindings.stream().map(f -> f.with("commit_id", second.name())).toList(), reused);

      CrawlStep.Result spelling =
          CrawlStep.run(work, warehouse, "dev", "t3", java.util.Set.of(Misspelling.ID));
      assertEquals(List.of(2, 0), List.of(spelling.checked(), spelling.reused()));
    }
  }

  @Test
  void aChangedRuleCatalogRunsOnlyTheChangedRulesOnUnchangedFoldersAndAgreesWithAFullCrawl()
      throws Exception {
    Path origin = tmp.resolve("origin.git");
    Path work = tmp.resolve("work");
    String warehouse = tmp.resolve("warehouse").toString();
    try (FixtureRepo repo = FixtureRepo.create(origin)) {
      repo.write("certified-connectors/Contoso", ConnectorFixture.named("Contoso"))
          .write(
              "certified-connectors/Broken",
              ConnectorFixture.named("Broken")
                  .file("apiDefinition.swagger.json", "{\"swagger\": \"2.0\", \"info\": {},}")
                  .without("readme.md"));
      repo.commit("add");
      new census.git.RepositorySync().sync(origin.toString(), work);
      Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
      CrawlStep.run(
          work, warehouse, "dev", "t1", CountingRules.without("InvalidJson", runs), Set.of());
      assertTrue(runs.size() > 50, "the first crawl runs every rule");

      // InvalidJson joins the catalog and ReadmeMissing leaves it.
      runs.clear();
      RuleCatalog changed = CountingRules.without("ReadmeMissing", runs);
      CrawlStep.Result result = CrawlStep.run(work, warehouse, "dev", "t2", changed, Set.of());
      assertEquals(Set.of("InvalidJson"), runs.keySet(), "only the new rule ran");
      assertEquals(List.of(0, 2), List.of(result.checked(), result.reused()));

      assertSameAsAFreshCrawl(work, warehouse, changed);
      List<String> rules = ruleIds(warehouse);
      assertTrue(rules.contains("InvalidJson"), rules::toString);
      assertFalse(rules.contains("ReadmeMissing"), rules::toString);

      runs.clear();
      CrawlStep.Result again = CrawlStep.run(work, warehouse, "dev", "t3", changed, Set.of());
      assertEquals(List.of(0, 2), List.of(again.checked(), again.reused()));
      assertEquals(Map.of(), Map.copyOf(runs), "nothing new: no rule runs");
    }
  }

  @Test
  void aChangedApiPropertiesSchemaRunsThatCheckAgainOnUnchangedFolders() throws Exception {
    Path origin = tmp.resolve("origin.git");
    Path work = tmp.resolve("work");
    String warehouse = tmp.resolve("warehouse").toString();
    try (FixtureRepo repo = FixtureRepo.create(origin)) {
      repo.write(ApiPropertiesSchema.SCHEMA_PATH, "{\"type\": \"object\"}")
          .write("certified-connectors/Contoso", ConnectorFixture.named("Contoso"))
          .write("certified-connectors/Fabrikam", ConnectorFixture.named("Fabrikam"));
      repo.commit("add");
      new census.git.RepositorySync().sync(origin.toString(), work);
      Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
      RuleCatalog catalog = CountingRules.without("NoSuchRule", runs);
      CrawlStep.run(work, warehouse, "dev", "t1", catalog, Set.of());
      assertFalse(ruleIds(warehouse).contains(ApiPropertiesSchema.ID));

      // Only the schema changes: it now allows no property but the brand colour.
      repo.write(
          ApiPropertiesSchema.SCHEMA_PATH,
          "{\"type\": \"object\", \"properties\": {\"properties\": {\"type\": \"object\","
              + " \"additionalProperties\": false, \"properties\": {\"iconBrandColor\": {}}}}}");
      repo.commit("stricter schema");
      new census.git.RepositorySync().sync(origin.toString(), work);
      runs.clear();
      CrawlStep.Result result = CrawlStep.run(work, warehouse, "dev", "t2", catalog, Set.of());
      assertEquals(List.of(0, 2), List.of(result.checked(), result.reused()));
      assertEquals(Set.of(ApiPropertiesSchema.ID), runs.keySet(), "only the schema check ran");
      assertTrue(ruleIds(warehouse).contains(ApiPropertiesSchema.ID));

      assertSameAsAFreshCrawl(work, warehouse, catalog);
    }
  }

  /** The snapshot tables hold what a crawl into an empty warehouse writes, in the same order. */
  private void assertSameAsAFreshCrawl(Path work, String warehouse, RuleCatalog catalog)
      throws Exception {
    String fresh = tmp.resolve("fresh").toString();
    CrawlStep.run(work, fresh, "dev", "full", catalog, Set.of());
    for (var table : List.of(Tables.CONNECTORS, Tables.OPERATIONS, Tables.FINDINGS)) {
      assertEquals(
          new Warehouse(fresh).read(table),
          new Warehouse(warehouse).read(table),
          table.name() + " as a crawl into an empty warehouse writes it, in the same order");
    }
  }

  private static List<String> ruleIds(String warehouse) throws Exception {
    return new Warehouse(warehouse)
        .read(Tables.FINDINGS).stream().map(f -> f.string("rule_id")).toList();
  }

  private static List<Row> findingsOf(String warehouse, String path) throws Exception {
    return new Warehouse(warehouse)
        .read(Tables.FINDINGS).stream()
            .filter(f -> f.string("connector_path").equals(path))
            .toList();
  }

  private static void run(String... args) {
    assertEquals(0, Census.commandLine().execute(args));
  }

  private static Map<String, Row> byPath(List<Row> rows) {
    return rows.stream().collect(Collectors.toMap(r -> r.string("path"), Function.identity()));
  }
}
