package census.cli;

import census.crawl.CrawlStep;
import census.history.HistoryStep;
import census.rules.RuleCatalog;
import census.rules.text.Misspelling;
import census.warehouse.RunLog;
import census.warehouse.Warehouse;
import java.util.LinkedHashMap;
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
      "With --history, also walk every commit of the ref and write connector_versions,"
          + " connector_contents, content_findings and breaking_changes."
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
          "Also crawl the ref's whole history (every commit, merges included): connector versions,"
              + " findings per folder content (checked once, cached between runs) and breaking"
              + " changes.")
  boolean history;

  @Override
  public Integer call() throws Exception {
    RunLog log = new RunLog("crawl");
    Warehouse warehouse = new Warehouse(data.warehouse());
    long start = System.nanoTime();
    try {
      CrawlStep.Result result =
          CrawlStep.run(
              data.workdir(),
              data.warehouse(),
              ref,
              log.runId(),
              spelling ? Set.of(Misspelling.ID) : Set.of());
      log.step("crawl", (System.nanoTime() - start) / 1_000_000);
      log.source(null, ref, result.commitId(), RuleCatalog.standard().version());
      Map<String, Long> counts = new LinkedHashMap<>(result.rowCounts());
      if (history) {
        long historyStart = System.nanoTime();
        HistoryStep.Result walked =
            HistoryStep.run(data.workdir(), data.warehouse(), ref, log.runId());
        log.step("history", (System.nanoTime() - historyStart) / 1_000_000);
        counts.putAll(walked.rowCounts());
        System.out.println(walked.summary());
      }
      log.counts(counts);
      log.finish(warehouse, null);
      System.out.println(result.summary());
      return 0;
    } catch (Exception e) {
      log.failed(warehouse, e);
      throw e;
    }
  }
}
