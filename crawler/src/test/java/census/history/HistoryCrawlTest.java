package census.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.rules.RuleCatalog;
import census.rules.RuleEngine;
import census.testing.ConnectorFixture;
import census.testing.CountingRules;
import census.testing.FixtureRepo;
import census.warehouse.Row;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCrawlTest {
  private static final String TASKS = "certified-connectors/Contoso Tasks";
  private static final String PROPOSAL =
      "independent-publisher-connectors/Proposal - Fabrikam (Independent Publisher)";
  private static final String FABRIKAM = "independent-publisher-connectors/Fabrikam";
  private static final String BROKEN = "custom-connectors/Brønnøy (Test) v1.0";
  private static final String FEATURE = "certified-connectors/Northwind";

  @TempDir Path tmp;
  private FixtureRepo repo;
  private Warehouse warehouse;
  private ObjectId merge;
  private ObjectId featureCommit;

  /**
   * dev: add Tasks and a proposal; edit Tasks; rename the proposal (new title too); delete Tasks; a
   * branch adds Northwind while dev breaks and then fixes a definition; merge; re-add Tasks as it
   * first was.
   */
  @BeforeEach
  void history() throws Exception {
    repo = FixtureRepo.create(tmp.resolve("repo.git"));
    warehouse = new Warehouse(tmp.resolve("warehouse").toString());
    repo.write("README.md", "# connectors")
        .write(TASKS, ConnectorFixture.named("Contoso Tasks"))
        .write(PROPOSAL, ConnectorFixture.named("Fabrikam (Independent Publisher)"));
    repo.commit("add two");
    repo.write(TASKS + "/readme.md", "# Contoso Tasks\n\nShorter.\n");
    repo.commit("edit readme");
    repo.rename(PROPOSAL, FABRIKAM).write(FABRIKAM, ConnectorFixture.named("Fabrikam"));
    repo.commit("rename proposal");
    repo.delete(TASKS);
    repo.commit("delete tasks");
    repo.branch("feature").write(FEATURE, ConnectorFixture.named("Northwind"));
    featureCommit = repo.commit("add northwind on a branch");
    repo.checkout("dev")
        .write(
            BROKEN,
            ConnectorFixture.named("Brønnøy").file("apiDefinition.swagger.json", "{\"swagger\": "));
    repo.commit("broken definition");
    repo.write(BROKEN, ConnectorFixture.named("Brønnøy"));
    repo.commit("fixed definition");
    repo.write(FEATURE, ConnectorFixture.named("Northwind"));
    merge = repo.commit("merge feature", "Merger", featureCommit);
    repo.write(TASKS, ConnectorFixture.named("Contoso Tasks"));
    repo.commit("re-add tasks");
  }

  private HistoryStep.Result crawl(RuleEngine rules) throws Exception {
    return crawl(rules, "dev");
  }

  private HistoryStep.Result crawl(RuleEngine rules, String ref) throws Exception {
    try (Warehouse.Staging staging = warehouse.stage("test-" + System.nanoTime())) {
      HistoryStep.Result result =
          HistoryStep.run(repo.repository(), warehouse, staging, ref, rules);
      staging.publish();
      return result;
    }
  }

  private HistoryStep.Result crawl() throws Exception {
    return crawl(new RuleEngine(RuleCatalog.standard()));
  }

  private List<Row> versionsOf(String connectorId) throws Exception {
    return warehouse.read(Tables.CONNECTOR_VERSIONS).stream()
        .filter(r -> r.string("connector_id").equals(connectorId))
        .toList();
  }

  private static List<String> column(List<Row> rows, String column) {
    return rows.stream().map(r -> String.valueOf(r.get(column))).toList();
  }

  @Test
  void deletedAndReAddedFolderIsANewLifeOfTheSameConnector() throws Exception {
    crawl();
    List<Row> tasks = versionsOf(TASKS);
    assertEquals(List.of("added", "modified", "deleted", "added"), column(tasks, "change"));
    assertEquals(List.of("1", "1", "1", "2"), column(tasks, "life"));
    assertNull(tasks.get(2).get("content_hash"), "a deletion has no content");
    assertEquals(
        tasks.get(0).string("content_hash"),
        tasks.get(3).string("content_hash"),
        "the same files are the same content");
    for (int i = 0; i < tasks.size() - 1; i++) {
      assertEquals(tasks.get(i + 1).get("valid_from"), tasks.get(i).get("valid_to"));
    }
    assertNull(tasks.get(3).get("valid_to"), "the latest version is current");
    assertEquals("Fixture Author", tasks.get(0).string("author"));
    assertTrue(
        tasks.get(0).strings("files").stream().anyMatch(f -> f.endsWith(" apiProperties.json")));
  }

  @Test
  void renamedFolderKeepsItsIdentity() throws Exception {
    crawl();
    List<Row> fabrikam = versionsOf(PROPOSAL);
    assertEquals(List.of("added", "renamed"), column(fabrikam, "change"));
    assertEquals(FABRIKAM, fabrikam.get(1).string("path"));
    assertEquals(PROPOSAL, fabrikam.get(1).string("previous_path"));
    assertTrue(versionsOf(FABRIKAM).isEmpty(), "no second connector for the new name");
  }

  @Test
  void renameByBlobsWhenNamesAndTitlesDiffer() throws Exception {
    repo.rename(FABRIKAM, "independent-publisher-connectors/Totally Different");
    repo.commit("rename again, same files");
    crawl();
    assertEquals(List.of("added", "renamed", "renamed"), column(versionsOf(PROPOSAL), "change"));
    assertEquals(
        "independent-publisher-connectors/Totally Different",
        versionsOf(PROPOSAL).get(2).string("path"));
  }

  @Test
  void mergeCommitsAreWalkedAndComparedWithTheirFirstParent() throws Exception {
    crawl();
    List<Row> northwind = versionsOf(FEATURE);
    assertEquals(List.of("added", "added"), column(northwind, "change"));
    assertEquals(List.of(featureCommit.name(), merge.name()), column(northwind, "commit_id"));
    assertEquals("Merger", northwind.get(1).string("author"));
    assertEquals(List.of("1", "1"), column(northwind, "life"), "still its first life");
  }

  @Test
  void brokenThenFixedDefinitionHasFindingsOnlyWhileBroken() throws Exception {
    crawl();
    List<Row> versions = versionsOf(BROKEN);
    assertEquals(List.of("added", "modified"), column(versions, "change"));
    var contents =
        warehouse.read(Tables.CONNECTOR_CONTENTS).stream()
            .collect(Collectors.toMap(r -> r.string("content_hash"), r -> r));
    Row broken = contents.get(versions.get(0).string("content_hash"));
    Row fixed = contents.get(versions.get(1).string("content_hash"));
    assertEquals("recovered", broken.string("parse_status"), "read around its truncation");
    assertTrue(broken.longValue("error_count") > 0);
    assertEquals("ok", fixed.string("parse_status"));
    assertEquals(0L, fixed.longValue("error_count"));
    Set<String> brokenRules =
        warehouse.read(Tables.CONTENT_FINDINGS).stream()
            .filter(f -> f.string("content_hash").equals(broken.string("content_hash")))
            .map(f -> f.string("rule_id"))
            .collect(Collectors.toSet());
    assertTrue(brokenRules.contains("InvalidJson"), brokenRules::toString);
    assertEquals(
        broken.longValue("finding_count"),
        warehouse.read(Tables.CONTENT_FINDINGS).stream()
            .filter(f -> f.string("content_hash").equals(broken.string("content_hash")))
            .count());
  }

  @Test
  void eachDistinctContentIsCheckedOnceAndARecrawlReadsNoFile() throws Exception {
    HistoryStep.Result first = crawl();
    long distinct =
        warehouse.read(Tables.CONNECTOR_VERSIONS).stream()
            .map(r -> r.string("content_hash"))
            .filter(h -> h != null)
            .distinct()
            .count();
    assertEquals(distinct, first.contentsChecked());
    assertTrue(first.filesRead() > 0);
    List<Row> versions = warehouse.read(Tables.CONNECTOR_VERSIONS);
    List<Row> findings = sorted(warehouse.read(Tables.CONTENT_FINDINGS));

    HistoryStep.Result again = crawl();
    assertEquals(0, again.commitsWalked(), "the tip has not moved");
    assertEquals(0, again.filesRead());

    // Walking the whole history again (another spelling of the ref) still reads no file: every
    // content comes from the cache.
    HistoryStep.Result rewalk = crawl(new RuleEngine(RuleCatalog.standard()), "refs/heads/dev");
    assertEquals(first.commitsWalked(), rewalk.commitsWalked());
    assertEquals(0, rewalk.contentsChecked());
    assertEquals(0, rewalk.filesRead(), "nothing new: no connector file is read");
    assertEquals(versions, warehouse.read(Tables.CONNECTOR_VERSIONS));
    assertEquals(findings, sorted(warehouse.read(Tables.CONTENT_FINDINGS)));
  }

  @Test
  void aCrawlAfterNewCommitsWalksOnlyThemAndAgreesWithAFullCrawl() throws Exception {
    crawl();
    List<Row> findings = warehouse.read(Tables.CONTENT_FINDINGS);
    repo.write(BROKEN + "/readme.md", "# Brønnøy\n\nNew words.\n");
    repo.commit("one more change");
    repo.write(
        TASKS,
        ConnectorFixture.named("Contoso Tasks").swagger(s -> s.put("host", "x.contoso.com")));
    repo.delete(FEATURE);
    repo.commit("two more changes");
    HistoryStep.Result incremental = crawl();
    assertEquals(2, incremental.commitsWalked());
    assertEquals(2, incremental.contentsChecked(), "only the new contents");
    assertEquals(
        findings.size() + incremental.rowCounts().get("new_content_findings"),
        warehouse.read(Tables.CONTENT_FINDINGS).size());

    Warehouse fresh = new Warehouse(tmp.resolve("fresh").toString());
    try (Warehouse.Staging staging = fresh.stage("full")) {
      HistoryStep.run(
          repo.repository(), fresh, staging, "dev", new RuleEngine(RuleCatalog.standard()));
      staging.publish();
    }
    assertEquals(
        sorted(fresh.read(Tables.CONNECTOR_VERSIONS)),
        sorted(warehouse.read(Tables.CONNECTOR_VERSIONS)));
    assertEquals(
        sorted(fresh.read(Tables.BREAKING_CHANGES)),
        sorted(warehouse.read(Tables.BREAKING_CHANGES)));
    assertEquals(
        List.of("host_changed"),
        column(
            warehouse.read(Tables.BREAKING_CHANGES).stream()
                .filter(r -> r.string("connector_id").equals(TASKS))
                .toList(),
            "kind"));
    assertEquals(
        sorted(fresh.read(Tables.CONTENT_FINDINGS)),
        sorted(warehouse.read(Tables.CONTENT_FINDINGS)));
  }

  @Test
  void aChangedRuleCatalogRunsOnlyTheChangedRulesAndAgreesWithAFullCrawl() throws Exception {
    Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    crawl(new RuleEngine(CountingRules.without("InvalidJson", runs)));
    assertTrue(runs.size() > 50, "the first crawl runs every rule");

    // InvalidJson joins the catalog and ReadmeMissing leaves it.
    runs.clear();
    RuleCatalog changed = CountingRules.without("ReadmeMissing", runs);
    HistoryStep.Result result = crawl(new RuleEngine(changed));
    assertEquals(Set.of("InvalidJson"), runs.keySet(), "only the new rule ran");
    assertTrue(result.contentsChecked() > 0);
    assertTrue(
        warehouse.read(Tables.CONTENT_FINDINGS).stream()
            .anyMatch(f -> f.string("rule_id").equals("InvalidJson")),
        "the broken definition's syntax finding is there");

    Warehouse fresh = new Warehouse(tmp.resolve("fresh").toString());
    try (Warehouse.Staging staging = fresh.stage("full")) {
      HistoryStep.run(repo.repository(), fresh, staging, "dev", new RuleEngine(changed));
      staging.publish();
    }
    assertEquals(
        sorted(fresh.read(Tables.CONTENT_FINDINGS)),
        sorted(warehouse.read(Tables.CONTENT_FINDINGS)));
    assertEquals(
        sorted(fresh.read(Tables.CONNECTOR_CONTENTS)),
        sorted(warehouse.read(Tables.CONNECTOR_CONTENTS)));
    assertEquals(
        2,
        warehouse.read(Tables.RULE_CATALOGS).stream()
            .map(r -> r.string("catalog_version"))
            .distinct()
            .count(),
        "both catalogs' rules are recorded");
  }

  @Test
  void aCatalogWhoseRulesAreUnknownChecksEverythingAgain() throws Exception {
    crawl();
    warehouse.quarantine(Tables.RULE_CATALOGS);
    RuleCatalog fewer = new RuleCatalog(RuleCatalog.standard().rules().subList(0, 5));
    HistoryStep.Result result = crawl(new RuleEngine(fewer));
    assertTrue(result.contentsChecked() > 0);
    assertEquals(0, result.contentsReused());
    assertTrue(
        warehouse.read(Tables.CONNECTOR_CONTENTS).stream()
            .allMatch(r -> r.string("rule_catalog_version").equals(fewer.version())));
  }

  @Test
  void breakingChangesAreFoundBetweenConsecutiveVersions() throws Exception {
    repo.write(
        FABRIKAM,
        ConnectorFixture.named("Fabrikam")
            .swagger(
                s -> {
                  s.put("host", "api.fabrikam.com");
                  ((com.fasterxml.jackson.databind.node.ObjectNode)
                          s.path("paths").path("/tasks/{taskId}").path("get"))
                      .put("operationId", "FetchTask");
                }));
    ObjectId change = repo.commit("breaking");
    crawl();
    List<Row> breaking =
        warehouse.read(Tables.BREAKING_CHANGES).stream()
            .sorted(Comparator.comparing(r -> r.string("kind")))
            .toList();
    assertEquals(List.of("host_changed", "operation_id_renamed"), column(breaking, "kind"));
    assertEquals(PROPOSAL, breaking.get(0).string("connector_id"));
    assertEquals(FABRIKAM, breaking.get(0).string("path"));
    assertEquals(change.name(), breaking.get(1).string("commit_id"));
    assertEquals("GetTask", breaking.get(1).string("operation_id"));
  }

  @Test
  void oddNamesAndAKindFolderThatIsAFileDoNotStopTheCrawl() throws Exception {
    repo.write(
            "custom-connectors/ünïcødé  名前 (x).v2/apiDefinition.swagger.json",
            "\u0000\u0001 not json")
        .write("custom-connectors/ünïcødé  名前 (x).v2/deep/a/b/c/file.txt", "x")
        .write("certified-connectors/README.md", "a file where folders are");
    repo.commit("odd names");
    repo.delete("custom-connectors").write("custom-connectors", "now a file");
    repo.commit("kind folder became a file");
    HistoryStep.Result result = crawl();
    assertEquals(List.of(), result.warnings());
    List<Row> odd = versionsOf("custom-connectors/ünïcødé  名前 (x).v2");
    assertEquals(List.of("added", "deleted"), column(odd, "change"));
    assertNotNull(odd.get(0).get("content_hash"));
  }

  @Test
  void aHugeCommitMovingEveryFolderToAnotherKindIsRenamesOnly() throws Exception {
    int n = 60;
    for (int i = 0; i < n; i++) {
      repo.write("custom-connectors/Bulk " + i, ConnectorFixture.named("Bulk " + i));
    }
    repo.commit("add many");
    for (int i = 0; i < n; i++) {
      repo.rename("custom-connectors/Bulk " + i, "certified-connectors/Bulk " + i);
    }
    repo.commit("certify many");
    crawl();
    List<Row> moved =
        warehouse.read(Tables.CONNECTOR_VERSIONS).stream()
            .filter(r -> r.string("connector_id").startsWith("custom-connectors/Bulk "))
            .toList();
    assertEquals(2L * n, moved.size());
    assertEquals(n, moved.stream().filter(r -> r.string("change").equals("renamed")).count());
    assertTrue(
        moved.stream()
            .filter(r -> r.string("change").equals("renamed"))
            .allMatch(
                r ->
                    r.string("path")
                        .equals(r.string("previous_path").replace("custom-", "certified-"))),
        "each folder paired with its own new place");
  }

  private static List<Row> sorted(List<Row> rows) {
    return rows.stream().sorted(Comparator.comparing(Row::toString)).toList();
  }
}
