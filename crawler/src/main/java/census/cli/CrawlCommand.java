package census.cli;

import census.pipeline.Crawl;
import census.pipeline.CrawlTipStep;
import census.pipeline.HistoryCrawlStep;
import census.pipeline.PullRequestCrawlStep;
import census.pipeline.RecordedCrawl;
import census.rules.text.Misspelling;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "crawl",
    description = {
      "Read every connector folder at a ref from git objects (no checkout), check it against the"
          + " rules and write the connectors, operations and findings tables.",
      "With --history, walk every commit of the ref instead and write connector_versions,"
          + " connector_contents, content_findings, breaking_changes and history_state.",
      "With --pulls, read every pull-request head instead and write pull_requests,"
          + " pull_request_connectors and pull_request_findings."
    })
final class CrawlCommand implements Callable<Integer> {
  @Mixin DataOptions data = new DataOptions();

  @Option(
      names = "--ref",
      paramLabel = "REF",
      defaultValue = "dev",
      description = "Branch, ref or commit to crawl (default: ${DEFAULT-VALUE}).")
  String ref;

  @Option(
      names = "--spelling",
      description = "Also check the spelling of titles, summaries and descriptions (slower).")
  boolean spelling;

  @Option(
      names = "--history",
      description =
          "Crawl the ref's whole history instead of its tip (every commit, merges included):"
              + " connector versions, findings per folder content (checked once, cached between"
              + " runs) and breaking changes; a later crawl walks only the commits added since.")
  boolean history;

  @Option(
      names = "--pulls",
      description =
          "Crawl the pull requests (refs/pull/N/head) instead: their own commits, the connector"
              + " folders they change, proposals, merges, and the findings of every folder version"
              + " a commit makes and of its base. Pull requests whose head, dev and master did not"
              + " move keep their rows.")
  boolean pulls;

  @Override
  public Integer call() throws Exception {
    if (history && pulls) {
      throw new IllegalArgumentException("--history and --pulls are separate crawls: give one");
    }
    if (pulls) {
      return print(new PullRequestCrawlStep());
    }
    if (history) {
      return print(new HistoryCrawlStep(ref));
    }
    return print(new CrawlTipStep(ref, spelling ? Set.of(Misspelling.ID) : Set.of()));
  }

  private <R> int print(Crawl<R> crawl) throws Exception {
    R result = RecordedCrawl.run(data.locations(), crawl);
    System.out.println(crawl.outcome(result).summary());
    return 0;
  }
}
