package census.cli;

import census.crawl.CrawlStep;
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
          + " rules and write the connectors, operations and findings tables."
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

  @Override
  public Integer call() throws Exception {
    CrawlStep.Result result =
        CrawlStep.run(
            data.workdir(),
            data.warehouse(),
            ref,
            "crawl",
            spelling ? Set.of(Misspelling.ID) : Set.of());
    System.out.println(result.summary());
    return 0;
  }
}
