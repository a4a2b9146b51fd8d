package census.pipeline;

import census.history.HistoryStep;

/** Walks the history of {@code ref} (only the commits added since the last walk). */
public record HistoryCrawlStep(String ref) implements Crawl<HistoryStep.Result> {
  @Override
  public String name() {
    return "history";
  }

  @Override
  public HistoryStep.Result run(Locations at, String runId) throws Exception {
    return HistoryStep.run(at.workdir(), at.warehouse(), ref, runId);
  }

  @Override
  public Outcome outcome(HistoryStep.Result result) {
    return new Outcome(ref, result.commitId(), result.rowCounts(), result.summary());
  }
}
