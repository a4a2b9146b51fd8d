package census.cli;

import census.git.RepositorySync;
import census.pipeline.SyncStep;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "sync",
    description = {
      "Mirror the connectors repository: every branch and every refs/pull/N/head.",
      "The first sync clones; later syncs fetch only what is new. Progress goes to stderr."
    })
final class SyncCommand implements Callable<Integer> {
  @Mixin DataOptions data = new DataOptions();

  @Option(
      names = "--repo",
      paramLabel = "URL|PATH|BUNDLE",
      description = "Git URL, local repository or .bundle file (default: ${DEFAULT-VALUE}).",
      defaultValue = RepositorySync.DEFAULT_REPO)
  String repo;

  @Override
  public Integer call() throws Exception {
    RepositorySync.Result result = new SyncStep(repo).run(data.locations());
    System.out.printf(
        "%s %s: %d refs updated, dev at %s%n",
        result.created() ? "cloned into" : "fetched into",
        result.mirror(),
        result.refsUpdated(),
        result.devTip() == null ? "(no dev branch)" : result.devTip());
    return 0;
  }
}
