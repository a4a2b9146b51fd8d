package census.pipeline;

import census.pulls.PullRequestStep;

/**
 * Crawls every pull-request head; those whose head, dev and master did not move keep their rows.
 */
public record PullRequestCrawlStep() implements Crawl<PullRequestStep.Result> {
  @Override
  public String name() {
    return "crawl-pulls";
  }

  @Override
  public PullRequestStep.Result run(Locations at, String runId) throws Exception {
    return PullRequestStep.run(at.workdir(), at.warehouse(), runId);
  }

  @Override
  public Outcome outcome(PullRequestStep.Result result) {
    return new Outcome("pulls", result.devCommit(), result.rowCounts(), result.summary());
  }
}
