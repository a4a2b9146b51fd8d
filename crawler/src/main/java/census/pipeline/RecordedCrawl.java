package census.pipeline;

import census.rules.RuleCatalog;
import census.warehouse.RunLog;
import census.warehouse.Warehouse;

/** One crawl on its own, as {@code census crawl} runs it: timed and recorded in runs. */
public final class RecordedCrawl {
  private RecordedCrawl() {}

  /** Runs {@code crawl} and appends its row to runs, a failed one if it throws. */
  public static <R> R run(Locations at, Crawl<R> crawl) throws Exception {
    RunLog log = new RunLog("crawl");
    Warehouse warehouse = new Warehouse(at.warehouse());
    long start = System.nanoTime();
    try {
      R result = crawl.run(at, log.runId());
      log.step(crawl.name(), (System.nanoTime() - start) / 1_000_000);
      Crawl.Outcome outcome = crawl.outcome(result);
      log.source(null, outcome.ref(), outcome.commitId(), RuleCatalog.standard().version());
      log.counts(outcome.rowCounts());
      log.finish(warehouse, null);
      return result;
    } catch (Exception e) {
      log.failed(warehouse, e);
      throw e;
    }
  }
}
