package census.pipeline;

/**
 * What {@link Pipeline#run} takes: the locations, the repository to sync ({@code repo}, a Git URL,
 * a local repository or a .bundle), the branch to crawl, how to analyze, and whether to recompute
 * the analysis and report even where nothing they read changed ({@code force}).
 */
public record RunOptions(
    Locations locations, String repo, String ref, AnalyzeStep analyze, boolean force) {
  /** A run that skips the analysis jobs and report whose code and inputs are unchanged. */
  public RunOptions(Locations locations, String repo, String ref, AnalyzeStep analyze) {
    this(locations, repo, ref, analyze, analyze.force());
  }
}
