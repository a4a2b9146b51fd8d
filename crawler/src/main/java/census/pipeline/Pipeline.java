package census.pipeline;

import census.crawl.CrawlStep;
import census.git.MirrorDamage;
import census.git.RepositorySync;
import census.history.HistoryStep;
import census.ops.RunLock;
import census.pulls.PullRequestStep;
import census.rules.RuleCatalog;
import census.warehouse.Fingerprints;
import census.warehouse.RunLog;
import census.warehouse.Warehouse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline, as the nightly job runs it: sync, crawl (the tip, the history, then the pull
 * requests), analyze, report, under the workdir's lock, recorded in the runs table.
 */
public final class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  /** The lock file in the workdir that keeps two runs apart. */
  public static final String LOCK_FILE = "census.lock";

  /** What a run did, step by step. */
  public record Result(
      String runId,
      RepositorySync.Result synced,
      CrawlStep.Result crawled,
      HistoryStep.Result history,
      PullRequestStep.Result pulls,
      Path report) {}

  private Pipeline() {}

  /** Runs every step in order; a failed step ends the run, which is recorded as failed. */
  @SuppressWarnings("try") // the lock is held, not used, while the steps run
  public static Result run(RunOptions options) throws Exception {
    try (RunLock lock = RunLock.acquire(options.locations().workdir().resolve(LOCK_FILE))) {
      return runLocked(options);
    }
  }

  private static Result runLocked(RunOptions options) throws Exception {
    Locations at = options.locations();
    RunLog log = new RunLog("run");
    Warehouse warehouse = new Warehouse(at.warehouse());
    warehouse.clearStaging();
    try {
      Crawled crawled;
      try {
        crawled = crawl(options, log);
      } catch (Exception e) {
        Optional<MirrorDamage.Damage> damage = MirrorDamage.of(e, at.workdir());
        if (damage.isEmpty() || MirrorDamage.healedBefore(at.workdir(), damage.get())) {
          throw e;
        }
        // Once per damage: one seen again after a fresh clone is the remote's, not the mirror's.
        Path aside = MirrorDamage.setAside(at.workdir(), damage.get());
        LOG.warn(
            "{}; moved it aside to {} and cloning it again from {}",
            damage.get().description(),
            aside,
            options.repo());
        log.repaired(damage.get().description() + "; set aside as " + aside.getFileName());
        crawled = crawl(options, log);
      }
      log.source(
          options.repo(),
          options.ref(),
          crawled.tip().commitId(),
          RuleCatalog.standard().version());
      log.counts(crawled.tip().rowCounts());
      log.counts(crawled.history().rowCounts());
      log.counts(crawled.pulls().rowCounts());
      log.skipped(timed(log, at, options.analyze()));
      ReportStep.Result report = timed(log, at, new ReportStep(options.force()));
      if (report.skipped()) {
        log.skipped(List.of(Fingerprints.REPORT));
      }
      log.finish(warehouse, null);
      return new Result(
          log.runId(),
          crawled.synced(),
          crawled.tip(),
          crawled.history(),
          crawled.pulls(),
          report.index());
    } catch (Exception e) {
      LOG.error("run {} failed: {}", log.runId(), e.toString());
      log.failed(warehouse, e);
      throw e;
    }
  }

  private record Crawled(
      RepositorySync.Result synced,
      CrawlStep.Result tip,
      HistoryStep.Result history,
      PullRequestStep.Result pulls) {}

  /** The steps that read the mirror: sync, then the crawls of the tip, history and pulls. */
  private static Crawled crawl(RunOptions options, RunLog log) throws Exception {
    Locations at = options.locations();
    return new Crawled(
        timed(log, at, new SyncStep(options.repo())),
        timed(log, at, new CrawlTipStep(options.ref())),
        timed(log, at, new HistoryCrawlStep(options.ref())),
        timed(log, at, new PullRequestCrawlStep()));
  }

  /** One step of the run, logged when it starts and ends and timed into the runs row. */
  private static <R> R timed(RunLog log, Locations at, Step<R> step) throws Exception {
    LOG.info("{} starting", step.name());
    long start = System.nanoTime();
    R result = step.run(at, log.runId());
    long millis = (System.nanoTime() - start) / 1_000_000;
    log.step(step.name(), millis);
    LOG.info("{} took {} ms", step.name(), millis);
    return result;
  }
}
