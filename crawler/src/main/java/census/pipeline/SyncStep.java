package census.pipeline;

import census.git.RepositorySync;
import java.io.IOException;

/** Mirrors {@code repo} (a Git URL, a local repository or a .bundle) into the workdir. */
public record SyncStep(String repo) implements Step<RepositorySync.Result> {
  @Override
  public String name() {
    return "sync";
  }

  /** Syncs on its own: a sync writes no tables, so it needs no run id. */
  public RepositorySync.Result run(Locations at) throws IOException {
    return new RepositorySync().sync(repo, at.workdir());
  }

  @Override
  public RepositorySync.Result run(Locations at, String runId) throws IOException {
    return run(at);
  }
}
