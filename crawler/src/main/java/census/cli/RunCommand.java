package census.cli;

import census.crawl.CrawlStep;
import census.git.RepositorySync;
import census.history.HistoryStep;
import census.ops.RunLock;
import census.pulls.PullRequestStep;
import census.rules.RuleCatalog;
import census.warehouse.RunLog;
import census.warehouse.Warehouse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "run",
    description = {
      "The whole pipeline, as the nightly job runs it: sync, crawl (the tip, the history, then the"
          + " pull requests), analyze, report.",
      "Each step takes the same locations; the run is recorded in the runs table."
    })
final class RunCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);
  static final String LOCK_FILE = "census.lock";

  @Spec CommandSpec spec;

  @Mixin DataOptions data = new DataOptions();

  @Option(
      names = "--repo",
      paramLabel = "URL|PATH|BUNDLE",
      defaultValue = RepositorySync.DEFAULT_REPO,
      description = "Git URL, local repository or .bundle file (default: ${DEFAULT-VALUE}).")
  String repo;

  @Option(
      names = "--ref",
      paramLabel = "REF",
      defaultValue = "dev",
      description = "Branch to crawl (default: ${DEFAULT-VALUE}).")
  String ref;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master for analyze (default: local[*]).")
  String master;

  @Override
  @SuppressWarnings("try") // the lock is held, not used, for the pipeline's duration
  public Integer call() throws Exception {
    try (RunLock lock = RunLock.acquire(data.workdir().resolve(LOCK_FILE))) {
      return runPipeline();
    }
  }

  private int runPipeline() throws Exception {
    RunLog log = new RunLog("run");
    Warehouse warehouse = new Warehouse(data.warehouse());
    warehouse.clearStaging();
    try {
      RepositorySync.Result synced =
          timed(log, "sync", () -> new RepositorySync().sync(repo, data.workdir()));
      CrawlStep.Result crawled =
          timed(
              log,
              "crawl",
              () -> CrawlStep.run(data.workdir(), data.warehouse(), ref, log.runId()));
      HistoryStep.Result history =
          timed(
              log,
              "history",
              () -> HistoryStep.run(data.workdir(), data.warehouse(), ref, log.runId()));
      log.source(repo, ref, crawled.commitId(), RuleCatalog.standard().version());
      log.counts(crawled.rowCounts());
      log.counts(history.rowCounts());
      PullRequestStep.Result pulls =
          timed(
              log,
              "crawl-pulls",
              () -> PullRequestStep.run(data.workdir(), data.warehouse(), log.runId()));
      log.counts(pulls.rowCounts());
      List<String> analyze = new ArrayList<>(List.of("--warehouse", data.warehouse()));
      if (master != null) {
        analyze.addAll(List.of("--master", master));
      }
      timed(log, "analyze", () -> subcommand("analyze", analyze));
      timed(log, "report", () -> subcommand("report", data.asArguments()));
      log.finish(warehouse, null);
      System.out.printf(
          "run %s finished: dev at %s, %s; report in %s%n",
          log.runId(), synced.devTip(), crawled.rowCounts(), data.out());
      return 0;
    } catch (Exception e) {
      LOG.error("run {} failed: {}", log.runId(), e.toString());
      log.failed(warehouse, e);
      throw e;
    }
  }

  /** One step of the run, logged when it starts and ends and timed into the runs row. */
  private static <T> T timed(RunLog log, String name, Callable<T> step) throws Exception {
    LOG.info("{} starting", name);
    long start = System.nanoTime();
    T result = step.call();
    long millis = (System.nanoTime() - start) / 1_000_000;
    log.step(name, millis);
    LOG.info("{} took {} ms", name, millis);
    return result;
  }

  private Void subcommand(String name, List<String> args) {
    CommandLine sub = spec.root().subcommands().get(name);
    if (sub == null) {
      throw new IllegalStateException(
          "the " + name + " command is not on the class path; run census through scripts/census");
    }
    int code = sub.execute(args.toArray(String[]::new));
    if (code != 0) {
      throw new IllegalStateException(name + " failed with exit status " + code);
    }
    return null;
  }
}
