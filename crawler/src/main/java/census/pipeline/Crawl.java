package census.pipeline;

import java.util.Map;

/** A step that crawls the mirror into the crawler's tables: the tip, the history or the pulls. */
public interface Crawl<R> extends Step<R> {
  /**
   * What the runs table records of a crawl and the command line prints: the ref crawled ({@code
   * pulls} for the pull requests), the commit it was at, the rows of each table and a summary.
   */
  record Outcome(String ref, String commitId, Map<String, Long> rowCounts, String summary) {}

  Outcome outcome(R result);
}
