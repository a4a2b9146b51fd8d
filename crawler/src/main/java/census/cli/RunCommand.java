package census.cli;

import census.git.RepositorySync;
import census.pipeline.AnalyzeStep;
import census.pipeline.Pipeline;
import census.pipeline.RunOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "run",
    description = {
      "The whole pipeline, as the nightly job runs it: sync, crawl (the tip, the history, then the"
          + " pull requests), analyze, report.",
      "Each step takes the same locations; the run is recorded in the runs table."
    })
final class RunCommand implements Callable<Integer> {
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

  @Option(
      names = "--force",
      description =
          "Run every analysis job and the report even where their code and input tables are"
              + " unchanged since the last run (by default those keep their output).")
  boolean force;

  @Override
  @SuppressWarnings("try") // the lock is held, not used, for the pipeline's duration
  public Integer call() throws Exception {
    Pipeline.Result run =
        Pipeline.run(new RunOptions(data.locations(), repo, ref, AnalyzeStep.on(master, force)));
    System.out.println("report written to " + run.report());
    System.out.printf(
        "run %s finished: dev at %s, %s; report in %s%n",
        run.runId(), run.synced().devTip(), run.crawled().rowCounts(), data.out());
    return 0;
  }
}
