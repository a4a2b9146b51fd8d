package census.cli;

import census.crawl.CrawlStep;
import census.pulls.PullRequestStep;
import census.rules.RuleCatalog;
import census.rules.text.Misspelling;
import census.warehouse.RunLog;
import census.warehouse.Warehouse;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "crawl",
    description = {
      "Read every connector folder at a ref from git objects (no checkout), check it against the"
          + " rules and write the connectors, operations and findings tables.",
      "With --pulls, read every pull-request head instead and write pull_requests,"
          + " pull_request_connectors and pull_request_findings."
    })
final class CrawlCommand implements Callable<Integer> {
  @Mixin DataOptions data = new DataOptions();

  @Option(
      names = "--ref",
      paramLabel = "REF",
      defaultValue = "dev",
      description = "Branch, ref or commit to crawl (default: ${DEFAULT-VALUE}).")
  String ref;

  @Option(
      names = "--spelling",
      description = "Also check the spelling of titles, summaries and descriptions (slower).")
  boolean spelling;

  @Option(
      names = "--pulls",
      description =
          "Crawl the pull requests (refs/pull/N/head): their own commits, the connector folders"
              + " they change, proposals, merges and findings. Pull requests whose head, dev and"
              + " master did not move keep their rows.")
  boolean pulls;

  @Override
  public Integer call() throws Exception {
    RunLog log = new RunLog("crawl");
    Warehouse warehouse = new Warehouse(data.warehouse());
    long start = System.nanoTime();
    try {
      if (pulls) {
        PullRequestStep.Result result =
            PullRequestStep.run(data.workdir(), data.warehouse(), log.runId());
        log.step("crawl-pulls", (System.nanoTime() - start) / 1_000_000);
        log.source(null, "pulls", result.devCommit(), RuleCatalog.standard().version());
        log.counts(result.rowCounts());
        log.finish(warehouse, null);
        System.out.println(result.summary());
        return 0;
      }
      CrawlStep.Result result =
          CrawlStep.run(
              data.workdir(),
              data.warehouse(),
              ref,
              log.runId(),
              spelling ? Set.of(Misspelling.ID) : Set.of());
      log.step("crawl", (System.nanoTime() - start) / 1_000_000);
      log.source(null, ref, result.commitId(), RuleCatalog.standard().version());
      log.counts(result.rowCounts());
      log.finish(warehouse, null);
      System.out.println(result.summary());
      return 0;
    } catch (Exception e) {
      log.failed(warehouse, e);
      throw e;
    }
  }
}
