package census.pipeline;

/**
 * What {@link Pipeline#run} takes: the locations, the repository to sync ({@code repo}, a Git URL,
 * a local repository or a .bundle), the branch to crawl and how to analyze.
 */
public record RunOptions(Locations locations, String repo, String ref, AnalyzeStep analyze) {}
