package census.pulls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.cli.Census;
import census.history.HistoryStep;
import census.model.Severity;
import census.rules.RuleCatalog;
import census.rules.RuleEngine;
import census.testing.ConnectorFixture;
import census.testing.CountingRules;
import census.testing.FixtureRepo;
import census.warehouse.Row;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pull-request crawl on a real repository with the histories the brief names: proposals, a
 * renamed proposal folder, squash and merge-commit merges, branches that merged master or dev into
 * themselves, and two pull requests racing for the same folder.
 */
class PullRequestCrawlTest {
  private static final String CERT = "certified-connectors";
  private static final String IP = "independent-publisher-connectors";
  private static final String BROKEN_FOO =
      "{\n    \"swagger\": \"2.0\",\n    \"info\": {\"title\": \"Foo Bar\",},\n}\n";

  @TempDir Path tmp;
  Path workdir;
  String warehouse;
  FixtureRepo repo;
  ObjectId squash3;
  ObjectId merge4;

  @BeforeEach
  void buildRepository() throws Exception {
    workdir = tmp.resolve("work");
    warehouse = tmp.resolve("warehouse").toString();
    ConnectorFixture contosoV2 =
        ConnectorFixture.named("Contoso Tasks")
            .swagger(s -> ((ObjectNode) s.get("info")).put("version", "2.0"));
    repo = FixtureRepo.create(workdir.resolve("repo.git"));
    repo.write("README.md", "# connectors")
        .write(CERT + "/Contoso Tasks", ConnectorFixture.named("Contoso Tasks"))
        .write(IP + "/Acme Mail", ConnectorFixture.named("Acme Mail"));
    repo.commit("Initial");
    repo.branch("master").checkout("dev");

    repo.branch("pr1")
        .write(
            IP + "/Proposal - HubSpot CRM (Independent Publisher)/readme.md",
            "# HubSpot CRM\n\nContact: pat@example.com\n");
    repo.pullRequest(1, repo.commit("Add readme", "Pat Proposer"));

    repo.checkout("dev").branch("pr2").write(IP + "/Proposal - Weather Now/readme.md", "# W\n");
    repo.commit("Share the idea", "Wendy Weather");
    repo.rename(IP + "/Proposal - Weather Now", IP + "/Weather Now")
        .write(IP + "/Weather Now", ConnectorFixture.named("Weather Now"));
    repo.pullRequest(2, repo.commit("Add the connector files", "Wendy Weather"));

    repo.checkout("dev")
        .branch("pr7")
        .write(IP + "/Plain Docs/readme.md", "# Plain Docs Service\n")
        .write(IP + "/Plain Docs/intro.md", "What it does.");
    repo.pullRequest(7, repo.commit("Add files", "Dee Docs"));

    repo.checkout("dev").branch("pr13").write(IP + "/Proposal/README.md", "# Contoso Insights\n");
    repo.pullRequest(13, repo.commit("Add files", "Ina Insights"));

    repo.checkout("dev")
        .branch("pr3")
        .write(CERT + "/Fabrikam", ConnectorFixture.named("Fabrikam"));
    repo.pullRequest(3, repo.commit("Add Fabrikam", "Fay Fabrikam"));

    repo.checkout("dev").branch("pr4").write(CERT + "/Contoso Tasks", contosoV2);
    ObjectId pr4 = repo.commit("Bump Contoso", "Carl Contoso");
    repo.pullRequest(4, pr4);

    repo.checkout("dev").branch("pr6").write(IP + "/Umbrella", ConnectorFixture.named("Umbrella"));
    repo.commit("Add Umbrella", "Uma Umbrella");

    // dev squash-merges #3 and merges #4 with a merge commit.
    repo.checkout("dev").write(CERT + "/Fabrikam", ConnectorFixture.named("Fabrikam"));
    squash3 = repo.commit("Add Fabrikam connector (#3)", "Maintainer");
    repo.write(CERT + "/Contoso Tasks", contosoV2);
    merge4 = repo.commit("Merge pull request 4 from carl/bump", "Maintainer", pr4);

    // #6 merges dev into itself.
    repo.checkout("pr6")
        .write(CERT + "/Fabrikam", ConnectorFixture.named("Fabrikam"))
        .write(CERT + "/Contoso Tasks", contosoV2);
    repo.pullRequest(6, repo.commit("Merge branch 'dev' into pr6", "Uma Umbrella", merge4));

    // #5 merges a master hotfix into itself.
    repo.checkout("master").write(CERT + "/Initech", ConnectorFixture.named("Initech"));
    ObjectId hotfix = repo.commit("Hotfix Initech", "Release Manager");
    repo.checkout("dev").branch("pr5").write(IP + "/Globex", ConnectorFixture.named("Globex"));
    repo.commit("Add Globex", "Gil Globex");
    repo.write(CERT + "/Initech", ConnectorFixture.named("Initech"));
    repo.commit("Merge branch 'master' into pr5", "Gil Globex", hotfix);
    repo.write(
        IP + "/Globex",
        ConnectorFixture.named("Globex")
            .swagger(s -> ((ObjectNode) s.get("info")).put("version", "1.1")));
    repo.pullRequest(5, repo.commit("Bump Globex", "Gil Globex"));

    // #8 and #9 race for the same new folder; #12 resubmits #8's files.
    repo.checkout("dev").branch("pr8").write(IP + "/Foo Bar", ConnectorFixture.named("Foo Bar"));
    repo.pullRequest(8, repo.commit("Add Foo Bar", "Ann Foo"));
    repo.checkout("dev")
        .branch("pr9")
        .write(
            IP + "/Foo Bar",
            ConnectorFixture.named("Foo Bar").file("apiDefinition.swagger.json", BROKEN_FOO));
    repo.pullRequest(9, repo.commit("Add Foo Bar too", "Bob Foo"));
    repo.checkout("dev").branch("pr12").write(IP + "/Foo Bar", ConnectorFixture.named("Foo Bar"));
    repo.pullRequest(12, repo.commit("Add Foo Bar again", "Ann Foo"));

    repo.checkout("dev").branch("pr11").delete(IP + "/Acme Mail");
    repo.pullRequest(11, repo.commit("Remove Acme Mail", "Dan Delete"));
  }

  @AfterEach
  void closeRepository() {
    repo.close();
  }

  @Test
  void readsWhatEachPullRequestProposesAndWhetherItWasMerged() throws Exception {
    PullRequestStep.Result result = PullRequestStep.run(workdir, warehouse, "test");
    assertEquals(12, result.crawled());
    Warehouse wh = new Warehouse(warehouse);
    Map<Integer, Row> pulls = byNumber(wh.read(Tables.PULL_REQUESTS));
    Map<Integer, List<Row>> folders =
        wh.read(Tables.PULL_REQUEST_CONNECTORS).stream()
            .collect(Collectors.groupingBy(r -> (int) r.longValue("number")));

    Row pr1 = pulls.get(1);
    assertTrue(pr1.bool("is_proposal"));
    assertFalse(pr1.bool("has_artifacts"));
    assertFalse(pr1.bool("merged"));
    assertEquals("HubSpot CRM", pr1.string("proposed_title"));
    assertEquals("independent_publisher", pr1.string("kind"));
    assertEquals("Pat Proposer", pr1.string("author"));
    assertEquals(List.of("Add readme"), pr1.strings("commit_messages"));
    Row pr1Folder = folders.get(1).get(0);
    assertEquals("added", pr1Folder.string("change"));
    assertTrue(pr1Folder.bool("only_docs"));
    assertFalse(pr1Folder.bool("exists_on_dev"));

    Row pr2 = pulls.get(2);
    assertTrue(pr2.bool("is_proposal"), "its first folder was named Proposal");
    assertTrue(pr2.bool("has_artifacts"));
    assertEquals("Weather Now", pr2.string("proposed_title"));
    assertEquals(
        List.of(IP + "/Weather Now"), paths(folders.get(2)), "the renamed folder is not listed");
    assertEquals(2L, pr2.longValue("commit_count"));
    assertTrue(
        ((Instant) pr2.get("first_commit_time")).isBefore((Instant) pr2.get("last_commit_time")));

    assertTrue(pulls.get(7).bool("is_proposal"), "adds only readme and intro");
    assertEquals("Plain Docs", pulls.get(7).string("proposed_title"));
    assertEquals("Contoso Insights", pulls.get(13).string("proposed_title"), "readme heading");

    Row pr3 = pulls.get(3);
    assertTrue(pr3.bool("merged"));
    assertEquals(squash3.name(), pr3.string("merge_commit"));
    assertEquals(commitTime(squash3), pr3.get("merged_at"));
    assertFalse(pr3.bool("is_proposal"));
    assertEquals("certified", pr3.string("kind"));
    Row fabrikam = folders.get(3).get(0);
    assertEquals("added", fabrikam.string("change"));
    assertTrue(fabrikam.bool("exists_on_dev"));

    Row pr4 = pulls.get(4);
    assertTrue(pr4.bool("merged"));
    assertEquals(merge4.name(), pr4.string("merge_commit"));
    assertEquals(commitTime(merge4), pr4.get("merged_at"));
    assertNull(pulls.get(1).get("merged_at"));
    assertEquals(1L, pr4.longValue("commit_count"), "what the merge into dev brought in");
    assertEquals("Carl Contoso", pr4.string("author"));
    assertEquals(List.of(CERT + "/Contoso Tasks"), paths(folders.get(4)));
    assertEquals("modified", folders.get(4).get(0).string("change"));

    assertEquals(List.of(IP + "/Umbrella"), paths(folders.get(6)), "dev's changes are not its own");
    assertEquals(2L, pulls.get(6).longValue("commit_count"));
    assertFalse(pulls.get(6).bool("merged"));
    assertEquals(List.of(IP + "/Globex"), paths(folders.get(5)), "master's hotfix is not its own");
    assertEquals("added", folders.get(5).get(0).string("change"));
    assertEquals(3L, pulls.get(5).longValue("commit_count"));

    Row foo8 = folders.get(8).get(0);
    Row foo9 = folders.get(9).get(0);
    assertEquals(IP + "/Foo Bar", foo8.string("path"));
    assertEquals(IP + "/Foo Bar", foo9.string("path"));
    assertNotEquals(foo8.string("tree_id"), foo9.string("tree_id"));
    assertEquals(foo8.string("tree_id"), folders.get(12).get(0).string("tree_id"));
    assertEquals("Foo Bar", pulls.get(9).string("proposed_title"), "from the lenient parse");

    Row acme = folders.get(11).get(0);
    assertEquals("deleted", acme.string("change"));
    assertTrue(acme.bool("exists_on_dev"));
    assertNull(acme.string("tree_id"));
    assertNull(pulls.get(11).string("proposed_title"));

    List<Row> findings = wh.read(Tables.PULL_REQUEST_FINDINGS);
    Row invalid =
        findings.stream()
            .filter(f -> f.string("rule_id").equals("InvalidJson"))
            .findFirst()
            .orElseThrow();
    assertEquals(foo9.string("tree_id"), invalid.string("tree_id"));
    assertEquals(IP + "/Foo Bar", invalid.string("connector_path"));
    assertTrue(foo9.longValue("error_count") > 0);
    assertEquals(0L, foo8.longValue("error_count"));
    Set<String> named =
        folders.values().stream()
            .flatMap(List::stream)
            .flatMap(r -> java.util.stream.Stream.of(r.string("tree_id"), r.string("base_tree_id")))
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toSet());
    wh.read(Tables.PULL_REQUEST_COMMITS).stream()
        .map(r -> r.string("tree_id"))
        .filter(java.util.Objects::nonNull)
        .forEach(named::add);
    assertTrue(
        named.containsAll(findings.stream().map(f -> f.string("tree_id")).toList()),
        "every finding belongs to a version a pull request holds");
    assertEquals(
        findings.size(),
        findings.stream().distinct().count(),
        "#8 and #12 hold one version, whose findings are listed once");
  }

  @Test
  void recordsEachCommitsVersionOfAFolderAndWhatIsNewAgainstTheBase() throws Exception {
    // dev's Acme Mail already has a bad contact e-mail; #20 adds Northwind with the same fault,
    // fixes it, then shortens both readmes.
    String acme = IP + "/Acme Mail";
    String northwind = IP + "/Northwind";
    repo.checkout("dev")
        .write(acme, ConnectorFixture.named("Acme Mail").swagger(PullRequestCrawlTest::badEmail));
    ObjectId base = repo.commit("Acme Mail: contact");
    repo.branch("pr20")
        .write(
            northwind, ConnectorFixture.named("Northwind").swagger(PullRequestCrawlTest::badEmail));
    ObjectId added = repo.commit("Add Northwind", "Nora North");
    repo.write(northwind, ConnectorFixture.named("Northwind"));
    ObjectId fixed = repo.commit("Fix the contact e-mail", "Nora North");
    String shortReadme = "# Readme\n\nA connector.\n";
    repo.write(northwind + "/readme.md", shortReadme).write(acme + "/readme.md", shortReadme);
    ObjectId head = repo.commit("Shorten the readmes " + "x".repeat(400), "Nora North");
    repo.pullRequest(20, head);

    PullRequestStep.run(workdir, warehouse, "first");
    Warehouse wh = new Warehouse(warehouse);
    List<Row> commits =
        wh.read(Tables.PULL_REQUEST_COMMITS).stream()
            .filter(r -> r.longValue("number") == 20)
            .toList();
    String shortened = "Shorten the readmes " + "x".repeat(280);
    assertEquals(
        List.of(
            commitRow(added, 0, "Add Northwind", northwind, false),
            commitRow(fixed, 1, "Fix the contact e-mail", northwind, false),
            commitRow(head, 2, shortened, acme, true),
            commitRow(head, 2, shortened, northwind, true)),
        commits);

    Map<String, Set<String>> rules =
        wh.read(Tables.PULL_REQUEST_FINDINGS).stream()
            .collect(
                Collectors.groupingBy(
                    f -> f.string("connector_path") + "@" + f.string("tree_id"),
                    Collectors.mapping(f -> f.string("rule_id"), Collectors.toSet())));
    assertEquals(Set.of("ContactEmailNotValid"), rulesAt(rules, northwind, added));
    assertEquals(Set.of(), rulesAt(rules, northwind, fixed));
    assertEquals(Set.of("ReadmeSectionMissing"), rulesAt(rules, northwind, head));
    assertEquals(Set.of("ContactEmailNotValid"), rulesAt(rules, acme, base));
    assertEquals(
        Set.of("ContactEmailNotValid", "ReadmeSectionMissing"), rulesAt(rules, acme, head));

    Map<String, Row> folders =
        wh.read(Tables.PULL_REQUEST_CONNECTORS).stream()
            .filter(r -> r.longValue("number") == 20)
            .collect(Collectors.toMap(r -> r.string("path"), Function.identity()));
    Row acmeRow = folders.get(acme);
    assertEquals("modified", acmeRow.string("change"));
    assertEquals(folderTree(base, acme).name(), acmeRow.string("base_tree_id"));
    // Counts by the rules' catalog severities, which calibration may change.
    Set<String> acmeHead = Set.of("ContactEmailNotValid", "ReadmeSectionMissing");
    Set<String> readmeOnly = Set.of("ReadmeSectionMissing"); // the base had the bad e-mail
    assertEquals(bySeverity(acmeHead, Severity.ERROR), acmeRow.longValue("error_count"));
    assertEquals(bySeverity(acmeHead, Severity.WARNING), acmeRow.longValue("warning_count"));
    assertEquals(bySeverity(readmeOnly, Severity.ERROR), acmeRow.longValue("new_error_count"));
    assertEquals(bySeverity(readmeOnly, Severity.WARNING), acmeRow.longValue("new_warning_count"));
    Row northwindRow = folders.get(northwind);
    assertEquals("added", northwindRow.string("change"));
    assertNull(northwindRow.string("base_tree_id"));
    // The bad e-mail was fixed before the head; the readme's finding is new.
    assertEquals(bySeverity(readmeOnly, Severity.ERROR), northwindRow.longValue("new_error_count"));
    assertEquals(
        bySeverity(readmeOnly, Severity.WARNING), northwindRow.longValue("new_warning_count"));

    List<Row> allCommits = wh.read(Tables.PULL_REQUEST_COMMITS);
    List<Row> findings = wh.read(Tables.PULL_REQUEST_FINDINGS);
    PullRequestStep.Result again = PullRequestStep.run(workdir, warehouse, "again");
    assertFalse(again.written());
    assertEquals(allCommits, wh.read(Tables.PULL_REQUEST_COMMITS));
    assertEquals(findings, wh.read(Tables.PULL_REQUEST_FINDINGS));

    // #20 goes back to its second commit: its head is a version that only a commit row named.
    repo.pullRequest(20, fixed);
    Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    PullRequestStep.Result back =
        PullRequestStep.run(
            workdir, warehouse, "back", new RuleEngine(CountingRules.without("none", runs)));
    assertEquals(1, back.crawled());
    assertTrue(runs.isEmpty(), "every version was known: " + runs);
    String fresh = tmp.resolve("fresh").toString();
    PullRequestStep.run(workdir, fresh, "fresh");
    for (var table :
        List.of(
            Tables.PULL_REQUESTS,
            Tables.PULL_REQUEST_CONNECTORS,
            Tables.PULL_REQUEST_COMMITS,
            Tables.PULL_REQUEST_FINDINGS)) {
      assertEquals(sorted(new Warehouse(fresh).read(table)), sorted(wh.read(table)), table.name());
    }
  }

  /** The rules with findings on the version of {@code path} at {@code commit}. */
  private Set<String> rulesAt(Map<String, Set<String>> rules, String path, ObjectId commit)
      throws Exception {
    return rules.getOrDefault(path + "@" + folderTree(commit, path).name(), Set.of());
  }

  private static void badEmail(ObjectNode s) {
    ((ObjectNode) s.get("info").get("contact")).put("email", "jane at example");
  }

  private Row commitRow(ObjectId commit, int ordinal, String message, String path, boolean last)
      throws Exception {
    return Tables.PULL_REQUEST_COMMITS
        .row()
        .set("number", 20)
        .set("commit_id", commit.name())
        .set("commit_time", commitTime(commit))
        .set("message", message)
        .set("ordinal", ordinal)
        .set("path", path)
        .set("tree_id", folderTree(commit, path).name())
        .set("is_final", last)
        .build();
  }

  private Instant commitTime(ObjectId commit) throws Exception {
    try (RevWalk walk = new RevWalk(repo.repository())) {
      return Instant.ofEpochSecond(walk.parseCommit(commit).getCommitTime());
    }
  }

  private ObjectId folderTree(ObjectId commit, String path) throws Exception {
    try (RevWalk walk = new RevWalk(repo.repository());
        TreeWalk tree =
            TreeWalk.forPath(repo.repository(), path, walk.parseCommit(commit).getTree())) {
      return tree.getObjectId(0);
    }
  }

  @Test
  void aSecondCrawlKeepsWhatDidNotMoveAndRecrawlsWhatDid() throws Exception {
    PullRequestStep.run(workdir, warehouse, "first");
    Warehouse wh = new Warehouse(warehouse);
    List<Row> before = wh.read(Tables.PULL_REQUESTS);
    List<Row> foldersBefore = wh.read(Tables.PULL_REQUEST_CONNECTORS);
    List<Row> commitsBefore = wh.read(Tables.PULL_REQUEST_COMMITS);

    PullRequestStep.Result again = PullRequestStep.run(workdir, warehouse, "second");
    assertFalse(again.written());
    assertEquals(12, again.kept());

    repo.checkout("pr9").write(IP + "/Foo Bar", ConnectorFixture.named("Foo Bar"));
    repo.pullRequest(9, repo.commit("Fix the JSON", "Bob Foo"));
    PullRequestStep.Result third = PullRequestStep.run(workdir, warehouse, "third");
    assertTrue(third.written());
    assertEquals(1, third.crawled());
    assertEquals(11, third.kept());
    List<Row> after = wh.read(Tables.PULL_REQUESTS);
    assertEquals(
        before.stream().filter(r -> r.longValue("number") != 9).toList(),
        after.stream().filter(r -> r.longValue("number") != 9).toList());
    assertEquals(
        foldersBefore.stream().filter(r -> r.longValue("number") != 9).toList(),
        wh.read(Tables.PULL_REQUEST_CONNECTORS).stream()
            .filter(r -> r.longValue("number") != 9)
            .toList());
    List<Row> commitsAfter = wh.read(Tables.PULL_REQUEST_COMMITS);
    assertEquals(
        commitsBefore.stream().filter(r -> r.longValue("number") != 9).toList(),
        commitsAfter.stream().filter(r -> r.longValue("number") != 9).toList());
    List<Row> commits9 = commitsAfter.stream().filter(r -> r.longValue("number") == 9).toList();
    assertEquals(
        List.of("Add Foo Bar too", "Fix the JSON"),
        commits9.stream().map(r -> r.string("message")).toList());
    assertEquals(
        Set.of(commits9.get(0).string("tree_id")),
        wh.read(Tables.PULL_REQUEST_FINDINGS).stream()
            .filter(f -> f.string("rule_id").equals("InvalidJson"))
            .map(f -> f.string("tree_id"))
            .collect(Collectors.toSet()),
        "the broken JSON is the first commit's, no longer the head's");
    assertEquals(
        0L,
        wh.read(Tables.PULL_REQUEST_CONNECTORS).stream()
            .filter(r -> r.longValue("number") == 9)
            .findFirst()
            .orElseThrow()
            .longValue("error_count"));
    assertEquals(2L, byNumber(after).get(9).longValue("commit_count"));
  }

  @Test
  void aChangedRuleCatalogRunsOnlyTheChangedRulesOnFolderVersionsCheckedBefore() throws Exception {
    Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    PullRequestStep.run(
        workdir, warehouse, "first", new RuleEngine(CountingRules.without("InvalidJson", runs)));
    assertTrue(runs.size() > 50, "the first crawl runs every rule");

    runs.clear();
    RuleCatalog changed = CountingRules.without("ReadmeMissing", runs);
    PullRequestStep.Result result =
        PullRequestStep.run(workdir, warehouse, "second", new RuleEngine(changed));
    assertTrue(result.written());
    assertEquals(Set.of("InvalidJson"), runs.keySet(), "only the new rule ran");

    String fresh = tmp.resolve("fresh").toString();
    PullRequestStep.run(workdir, fresh, "fresh", new RuleEngine(changed));
    Warehouse wh = new Warehouse(warehouse);
    assertEquals(
        sorted(new Warehouse(fresh).read(Tables.PULL_REQUEST_FINDINGS)),
        sorted(wh.read(Tables.PULL_REQUEST_FINDINGS)));
    assertEquals(
        sorted(new Warehouse(fresh).read(Tables.PULL_REQUEST_CONNECTORS)),
        sorted(wh.read(Tables.PULL_REQUEST_CONNECTORS)));
    assertTrue(
        wh.read(Tables.PULL_REQUEST_FINDINGS).stream()
            .anyMatch(f -> f.string("rule_id").equals("InvalidJson")),
        "#9's broken definition has its syntax finding");
  }

  @Test
  void folderVersionsTheHistoryCheckedAreTakenFromItsCache() throws Exception {
    // A broken connector merged into dev from pull request 99: dev's history holds the version the
    // pull request proposes, findings included.
    repo.checkout("dev")
        .write(
            IP + "/Foo Broken",
            ConnectorFixture.named("Foo Broken").file("apiDefinition.swagger.json", BROKEN_FOO));
    repo.pullRequest(99, repo.commit("Add Foo Broken (#99)"));
    Map<String, AtomicInteger> alone = new ConcurrentHashMap<>();
    String without = tmp.resolve("without-history").toString();
    PullRequestStep.run(
        workdir, without, "alone", new RuleEngine(CountingRules.without("none", alone)));

    HistoryStep.run(workdir, warehouse, "dev", "history");
    Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    PullRequestStep.run(
        workdir, warehouse, "with-history", new RuleEngine(CountingRules.without("none", runs)));

    // FileUnreadable runs once on every folder version checked.
    int checkedAlone = alone.get("FileUnreadable").get();
    int checked = runs.containsKey("FileUnreadable") ? runs.get("FileUnreadable").get() : 0;
    assertTrue(
        checked <= checkedAlone - 3,
        "versions dev held, #99's among them, were not checked again: "
            + checked
            + " of "
            + checkedAlone);
    Warehouse wh = new Warehouse(warehouse);
    assertEquals(
        sorted(new Warehouse(without).read(Tables.PULL_REQUEST_FINDINGS)),
        sorted(wh.read(Tables.PULL_REQUEST_FINDINGS)));
    assertEquals(
        sorted(new Warehouse(without).read(Tables.PULL_REQUEST_CONNECTORS)),
        sorted(wh.read(Tables.PULL_REQUEST_CONNECTORS)));
    assertTrue(
        wh.read(Tables.PULL_REQUEST_FINDINGS).stream()
            .anyMatch(
                f ->
                    f.string("connector_path").equals(IP + "/Foo Broken")
                        && f.string("rule_id").equals("InvalidJson")),
        "#99's syntax finding came from the cache");
  }

  @Test
  void countsTheBreakingChangesOfEachModifiedDefinitionAgainstItsBase() throws Exception {
    // #21 moves Acme Mail to another host and renames its one operation: two breaking changes.
    repo.checkout("dev")
        .branch("pr21")
        .write(
            IP + "/Acme Mail",
            ConnectorFixture.named("Acme Mail")
                .swagger(
                    s -> {
                      s.put("host", "api.acme.example");
                      ((ObjectNode) s.get("paths").get("/tasks/{taskId}").get("get"))
                          .put("operationId", "FetchTask");
                    }));
    repo.pullRequest(21, repo.commit("Move Acme Mail", "Ann Acme"));

    PullRequestStep.run(workdir, warehouse, "first");
    Warehouse wh = new Warehouse(warehouse);
    Map<String, Long> counts = breakingChangeCounts(wh);
    assertEquals(2L, counts.get("21 " + IP + "/Acme Mail"));
    assertEquals(0L, counts.get("4 " + CERT + "/Contoso Tasks"), "a version bump breaks nothing");
    assertEquals(0L, counts.get("11 " + IP + "/Acme Mail"), "a deletion has no later definition");
    assertEquals(0L, counts.get("8 " + IP + "/Foo Bar"), "an addition has no earlier one");

    // dev moves: every pull request is crawled again, its counts taken from the first crawl's rows.
    repo.checkout("dev").write("README.md", "# connectors, moved");
    repo.commit("Move dev");
    assertTrue(PullRequestStep.run(workdir, warehouse, "again").crawled() > 0);
    assertEquals(counts, breakingChangeCounts(wh));

    // The same counts from the history's stored surfaces.
    String withHistory = tmp.resolve("with-history").toString();
    HistoryStep.run(workdir, withHistory, "dev", "history");
    PullRequestStep.run(workdir, withHistory, "with-history");
    assertEquals(counts, breakingChangeCounts(new Warehouse(withHistory)));
  }

  /** breaking_change_count by "number path". */
  private static Map<String, Long> breakingChangeCounts(Warehouse wh) throws Exception {
    return wh.read(Tables.PULL_REQUEST_CONNECTORS).stream()
        .collect(
            Collectors.toMap(
                r -> r.longValue("number") + " " + r.string("path"),
                r -> r.longValue("breaking_change_count")));
  }

  private static List<Row> sorted(List<Row> rows) {
    return rows.stream().sorted(java.util.Comparator.comparing(Row::toString)).toList();
  }

  @Test
  void aHeadWhoseCommitIsMissingIsSkipped() throws Exception {
    java.nio.file.Files.createDirectories(workdir.resolve("repo.git/refs/pull/99"));
    java.nio.file.Files.writeString(
        workdir.resolve("repo.git/refs/pull/99/head"),
        "0123456789abcdef0123456789abcdef01234567\n");
    PullRequestStep.Result result = PullRequestStep.run(workdir, warehouse, "missing");
    assertEquals(13, result.crawled(), "attempted");
    List<Row> pulls = new Warehouse(warehouse).read(Tables.PULL_REQUESTS);
    assertEquals(12, pulls.size());
    assertTrue(pulls.stream().noneMatch(r -> r.longValue("number") == 99));
  }

  @Test
  void crawlPullsFromTheCommandLineRecordsTheRun() throws Exception {
    Path data = tmp.resolve("data");
    assertEquals(
        0,
        Census.commandLine()
            .execute(
                "sync",
                "--repo",
                workdir.resolve("repo.git").toString(),
                "--data",
                data.toString()));
    assertEquals(0, Census.commandLine().execute("crawl", "--pulls", "--data", data.toString()));
    Warehouse wh = new Warehouse(data.resolve("warehouse").toString());
    assertEquals(12, wh.read(Tables.PULL_REQUESTS).size());
    Row run = wh.read(Tables.RUNS).get(0);
    assertEquals("succeeded", run.string("status"));
    assertTrue(run.strings("row_counts").contains("pull_requests=12"), run.toString());
    assertTrue(run.strings("steps").get(0).startsWith("crawl-pulls="), run.toString());
  }

  @Test
  void readsPullRequestNumbersAndCleansFolderNames() {
    assertEquals(Optional.of(3652), Mainline.pullRequestNumber("Add Foo connector (#3652)"));
    assertEquals(Optional.empty(), Mainline.pullRequestNumber("(#12) moved to the front"));
    assertEquals(
        "HubSpot CRM",
        PullRequestCrawler.cleanFolderName("Proposal - HubSpot CRM (Independent Publisher)"));
    assertEquals("Foo", PullRequestCrawler.cleanFolderName("[PROPOSAL] Foo"));
    assertEquals("Proposals Hub", PullRequestCrawler.cleanFolderName("Proposals Hub"));
  }

  private static List<String> paths(List<Row> rows) {
    return rows.stream().map(r -> r.string("path")).toList();
  }

  private static Map<Integer, Row> byNumber(List<Row> rows) {
    return rows.stream()
        .collect(Collectors.toMap(r -> (int) r.longValue("number"), Function.identity()));
  }

  /** How many of {@code rules} have {@code severity} in the standard catalog. */
  private static long bySeverity(Set<String> rules, Severity severity) {
    return RuleCatalog.standard().rules().stream()
        .filter(r -> rules.contains(r.info().id()) && r.info().severity() == severity)
        .count();
  }
}
