package census.cli;

import census.crawl.CrawlStep;
import census.history.HistoryStep;
import census.pulls.PullRequestStep;
import census.rules.RuleCatalog;
import census.rules.text.Misspelling;
import census.warehouse.RunLog;
import census.warehouse.Warehouse;
import java.util.Map;
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
      "With --history, walk every commit of the ref instead and write connector_versions,"
          + " connector_contents, content_findings, breaking_changes and history_state.",
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
      names = "--history",
      description =
          "Crawl the ref's whole history instead of its tip (every commit, merges included):"
              + " connector versions, findings per folder content (checked once, cached between"
              + " runs) and breaking changes; a later crawl walks only the commits added since.")
  boolean history;

  @Option(
      names = "--pulls",
      description =
          "Crawl the pull requests (refs/pull/N/head) instead: their own commits, the connector"
              + " folders they change, proposals, merges, and the findings of every folder version"
              + " a commit makes and of its base. Pull requests whose head, dev and master did not"
              + " move keep their rows.")
  boolean pulls;

  @Override
  public Integer call() throws Exception {
    RunLog log = new RunLog("crawl");
    Warehouse warehouse = new Warehouse(data.warehouse());
    long start = System.nanoTime();
    try {
      String commitId;
      Map<String, Long> counts;
      String summary;
      if (history && pulls) {
        throw new IllegalArgumentException("--history and --pulls are separate crawls: give one");
      }
      if (pulls) {
        PullRequestStep.Result crawled =
            PullRequestStep.run(data.workdir(), data.warehouse(), log.runId());
        log.step("crawl-pulls", (System.nanoTime() - start) / 1_000_000);
        commitId = crawled.devCommit();
        counts = crawled.rowCounts();
        summary = crawled.summary();
      } else if (history) {
        HistoryStep.Result walked =
            HistoryStep.run(data.workdir(), data.warehouse(), ref, log.runId());
        log.step("history", (System.nanoTime() - start) / 1_000_000);
        commitId = walked.commitId();
        counts = walked.rowCounts();
        summary = walked.summary();
      } else {
        CrawlStep.Result result =
            CrawlStep.run(
                data.workdir(),
                data.warehouse(),
                ref,
                log.runId(),
                spelling ? Set.of(Misspelling.ID) : Set.of());
        log.step("crawl", (System.nanoTime() - start) / 1_000_000);
        commitId = result.commitId();
        counts = result.rowCounts();
        summary = result.summary();
      }
      log.source(null, pulls ? "pulls" : ref, commitId, RuleCatalog.standard().version());
      log.counts(counts);
      log.finish(warehouse, null);
      System.out.println(summary);
      return 0;
    } catch (Exception e) {
      log.failed(warehouse, e);
      throw e;
    }
  }
}
