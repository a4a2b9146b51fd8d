package census.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.crawl.CrawlStep;
import census.git.RepositorySync;
import census.history.HistoryStep;
import census.ops.RunLock;
import census.pulls.PullRequestStep;
import census.rules.RuleCatalog;
import census.testing.ConnectorFixture;
import census.testing.FixtureRepo;
import census.warehouse.Row;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline's steps called as a Java API, on a fixture repository. */
class PipelineStepsTest {
  @TempDir Path tmp;
  Path origin;
  Locations at;
  ObjectId dev;
  ObjectId pullHead;

  @BeforeEach
  void fixture() throws Exception {
    origin = tmp.resolve("origin.git");
    try (FixtureRepo repo = FixtureRepo.create(origin)) {
      repo.write("certified-connectors/Contoso", ConnectorFixture.named("Contoso"));
      repo.commit("add Contoso");
      repo.write("independent-publisher-connectors/Fabrikam", ConnectorFixture.named("Fabrikam"));
      dev = repo.commit("add Fabrikam");
      repo.branch("feature")
          .write("custom-connectors/Tailspin", ConnectorFixture.named("Tailspin"));
      pullHead = repo.commit("add Tailspin");
      repo.pullRequest(1, pullHead);
    }
    at = Locations.under(tmp.resolve("data"));
  }

  @Test
  void locationsUnderADataFolder() {
    Path data = tmp.resolve("data");
    assertEquals(
        new Locations(
            data.resolve("repo"), data.resolve("warehouse").toString(), data.resolve("report")),
        at);
  }

  @Test
  void eachStepReturnsItsTypedResult() throws Exception {
    RepositorySync.Result synced = new SyncStep(origin.toString()).run(at);
    assertTrue(synced.created(), "the first sync clones");
    assertEquals(dev.name(), synced.devTip());
    assertFalse(new SyncStep(origin.toString()).run(at).created(), "a later one fetches");

    CrawlTipStep tip = new CrawlTipStep("dev");
    CrawlStep.Result crawled = tip.run(at, "t1");
    assertEquals(dev.name(), crawled.commitId());
    assertEquals(2, crawled.checked());
    assertEquals(2L, crawled.rowCounts().get("connectors"));
    assertEquals(
        new Crawl.Outcome("dev", dev.name(), crawled.rowCounts(), crawled.summary()),
        tip.outcome(crawled));

    HistoryCrawlStep walk = new HistoryCrawlStep("dev");
    HistoryStep.Result history = walk.run(at, "t2");
    assertEquals(2, history.commitsWalked());
    assertEquals(2L, history.rowCounts().get("connector_versions"));
    assertEquals("dev", walk.outcome(history).ref());

    PullRequestCrawlStep pulls = new PullRequestCrawlStep();
    PullRequestStep.Result crawledPulls = pulls.run(at, "t3");
    assertEquals(1, crawledPulls.crawled());
    assertEquals(dev.name(), crawledPulls.devCommit());
    assertEquals("pulls", pulls.outcome(crawledPulls).ref(), "the runs row's ref");

    assertEquals(
        List.of("sync", "crawl", "history", "crawl-pulls", "analyze", "report"),
        List.of(
                new SyncStep(origin.toString()),
                tip,
                walk,
                pulls,
                AnalyzeStep.on(null, false),
                new ReportStep(false))
            .stream()
            .map(Step::name)
            .toList(),
        "the names the runs table records");
  }

  @Test
  void aRecordedCrawlAppendsItsRowToRuns() throws Exception {
    new SyncStep(origin.toString()).run(at);
    RecordedCrawl.run(at, new CrawlTipStep("dev"));
    RecordedCrawl.run(at, new PullRequestCrawlStep());

    List<Row> runs = new Warehouse(at.warehouse()).read(Tables.RUNS);
    assertEquals(2, runs.size());
    Row tip = runs.get(0);
    assertEquals(
        List.of("crawl", "succeeded", "dev", dev.name(), RuleCatalog.standard().version()),
        List.of(
            tip.string("command"),
            tip.string("status"),
            tip.string("ref"),
            tip.string("repo_tip"),
            tip.string("rule_catalog_version")));
    assertTrue(tip.strings("steps").get(0).startsWith("crawl="), tip.toString());
    assertTrue(tip.strings("row_counts").contains("connectors=2"), tip.toString());
    assertEquals("pulls", runs.get(1).string("ref"));
    assertTrue(runs.get(1).strings("steps").get(0).startsWith("crawl-pulls="));
  }

  @Test
  void aRecordedCrawlThatFailsRecordsTheFailure() throws Exception {
    new SyncStep(origin.toString()).run(at);
    IOException noRef =
        assertThrows(
            IOException.class, () -> RecordedCrawl.run(at, new CrawlTipStep("no-such-ref")));
    Row failed = new Warehouse(at.warehouse()).read(Tables.RUNS).get(0);
    assertEquals("failed", failed.string("status"));
    assertEquals(noRef.toString(), failed.string("error"));
    assertEquals(List.of(), failed.strings("steps"));
  }

  /** The crawler's module alone has no analyze step: the run stops there, recorded as failed. */
  @Test
  void aRunWithoutTheAnalyzeServiceFailsAtAnalyzeWithAClearError() throws Exception {
    IllegalStateException missing =
        assertThrows(
            IllegalStateException.class,
            () ->
                Pipeline.run(
                    new RunOptions(at, origin.toString(), "dev", AnalyzeStep.on(null, false))));
    assertEquals(
        "the analyze command is not on the class path; run census through scripts/census",
        missing.getMessage());

    Warehouse warehouse = new Warehouse(at.warehouse());
    Row run = warehouse.read(Tables.RUNS).get(0);
    assertEquals(List.of("run", "failed"), List.of(run.string("command"), run.string("status")));
    assertEquals(missing.toString(), run.string("error"));
    assertEquals(origin.toString(), run.string("repo"));
    assertEquals(
        List.of("sync", "crawl", "history", "crawl-pulls"),
        run.strings("steps").stream().map(s -> s.substring(0, s.indexOf('='))).toList());
    assertTrue(run.strings("row_counts").contains("pull_requests=1"), run.toString());
    assertEquals(2, warehouse.read(Tables.CONNECTORS).size(), "the crawls before it published");
    assertFalse(Files.exists(at.workdir().resolve(Pipeline.LOCK_FILE)), "the lock is released");
  }

  @Test
  @SuppressWarnings("try") // the lock is held, not used, in the block
  void aRunRefusesToStartWhileAnotherHoldsTheLock() throws Exception {
    try (RunLock held = RunLock.acquire(at.workdir().resolve(Pipeline.LOCK_FILE))) {
      assertThrows(
          RunLock.HeldException.class,
          () ->
              Pipeline.run(
                  new RunOptions(at, origin.toString(), "dev", AnalyzeStep.on(null, false))));
    }
    assertFalse(Files.exists(at.workdir().resolve(RepositorySync.MIRROR)), "nothing synced");
  }

  @Test
  void aDamagedMirrorIsSetAsideAndClonedAgainOncePerDamage() throws Exception {
    RunOptions options = new RunOptions(at, origin.toString(), "dev", AnalyzeStep.on(null, false));
    // Without the analyze service every run stops at analyze, after the steps that read the mirror.
    assertThrows(IllegalStateException.class, () -> Pipeline.run(options));
    List<String> cut = cutPacksInHalf();
    assertFalse(cut.isEmpty(), "the mirror has packs to damage");

    assertThrows(IllegalStateException.class, () -> Pipeline.run(options), "healed, then on");
    Warehouse warehouse = new Warehouse(at.warehouse());
    Row healed = warehouse.read(Tables.RUNS).get(1);
    String repair = healed.strings("repairs").get(0);
    assertTrue(repair.contains("is damaged: object " + dev.name() + " is missing"), repair);
    assertTrue(repair.contains("pack files cut short: " + cut.get(0)), repair);
    assertEquals(
        List.of("sync", "sync", "crawl", "history", "crawl-pulls"),
        healed.strings("steps").stream().map(s -> s.substring(0, s.indexOf('='))).toList(),
        "the first attempt stopped at the crawl; the second cloned again and went on");
    try (var aside = Files.list(at.workdir())) {
      assertEquals(
          1, aside.filter(p -> p.getFileName().toString().startsWith("repo.git.damaged-")).count());
    }

    // The same damage again is not the mirror's to mend: it fails, in words, without a clone.
    cutPacksInHalf();
    Exception again = assertThrows(Exception.class, () -> Pipeline.run(options));
    assertTrue(again.getMessage().contains(dev.name()), again.toString());
    assertEquals(List.of(), warehouse.read(Tables.RUNS).get(2).strings("repairs"));
  }

  @Test
  void aMirrorThatLostItsObjectsIsClonedAgain() throws Exception {
    RunOptions options = new RunOptions(at, origin.toString(), "dev", AnalyzeStep.on(null, false));
    assertThrows(IllegalStateException.class, () -> Pipeline.run(options));
    try (var files = Files.list(RepositorySync.mirror(at.workdir()).resolve("objects/pack"))) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    assertThrows(IllegalStateException.class, () -> Pipeline.run(options));
    Row healed = new Warehouse(at.warehouse()).read(Tables.RUNS).get(1);
    assertEquals(
        List.of(
            "the mirror "
                + RepositorySync.mirror(at.workdir())
                + " is damaged: object "
                + dev.name()
                + " is missing"),
        healed.strings("repairs").stream()
            .map(r -> r.substring(0, r.indexOf("; set aside")))
            .toList());
    assertEquals(2, new Warehouse(at.warehouse()).read(Tables.CONNECTORS).size());
  }

  /** Cuts every pack of the mirror to half its size; returns their paths in the mirror. */
  private List<String> cutPacksInHalf() throws IOException {
    Path mirror = RepositorySync.mirror(at.workdir());
    List<String> cut = new java.util.ArrayList<>();
    try (var packs = Files.newDirectoryStream(mirror.resolve("objects/pack"), "*.pack")) {
      for (Path pack : packs) {
        pack.toFile().setWritable(true);
        try (var file = new java.io.RandomAccessFile(pack.toFile(), "rw")) {
          file.setLength(file.length() / 2);
        }
        cut.add(mirror.relativize(pack).toString());
      }
    }
    return cut;
  }
}
