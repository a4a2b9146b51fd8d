package census.pipeline;

import census.crawl.CrawlStep;
import java.util.Set;

/** Crawls the commit at {@code ref}, also running the opt-in rules named in {@code optIn}. */
public record CrawlTipStep(String ref, Set<String> optIn) implements Crawl<CrawlStep.Result> {
  public CrawlTipStep(String ref) {
    this(ref, Set.of());
  }

  @Override
  public String name() {
    return "crawl";
  }

  @Override
  public CrawlStep.Result run(Locations at, String runId) throws Exception {
    return CrawlStep.run(at.workdir(), at.warehouse(), ref, runId, optIn);
  }

  @Override
  public Outcome outcome(CrawlStep.Result result) {
    return new Outcome(ref, result.commitId(), result.rowCounts(), result.summary());
  }
}
