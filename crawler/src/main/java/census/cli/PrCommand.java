package census.cli;

import census.check.CheckIndex;
import census.lint.SarifFormat;
import census.pr.PullRequestReviews;
import census.pr.Review;
import census.pr.ReviewGithub;
import census.pr.ReviewJson;
import census.pr.ReviewMarkdown;
import census.pr.ReviewText;
import census.rules.RuleCatalog;
import census.rules.RuleEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "pr",
    description = {
      "Judge a pull request as the certification gate and the maintainers do: findings new"
          + " against the merge-base in every file any of its commits changed, breaking changes,"
          + " its shape (one connector, no stray files, the title pattern), whether its connector"
          + " already exists, and other pull requests changing the same folders.",
      "census pr N reviews refs/pull/N/head of the mirror; census pr --new-from-rev dev reviews"
          + " the working tree of the checkout in the current folder (or --repo DIR).",
      "Exit status: 0 nothing would block, 1 something would (a new error, a breaking change, a"
          + " connector already on the platform), 2 usage or I/O error."
    })
public final class PrCommand implements Callable<Integer> {
  /** The output formats. */
  public enum Format {
    text,
    json,
    sarif,
    github,
    markdown
  }

  @Spec CommandSpec spec;

  @Mixin DataOptions data = new DataOptions();

  static final class Target {
    @Parameters(paramLabel = "N", description = "Pull request number in the mirror.")
    Integer number;

    @Option(
        names = "--new-from-rev",
        paramLabel = "REF",
        description = "Review the working tree against the merge-base of REF and HEAD.")
    String newFromRev;
  }

  @ArgGroup(multiplicity = "1")
  Target target;

  @Option(
      names = "--base",
      paramLabel = "BRANCH",
      defaultValue = "dev",
      description = "The branch a pull request of the mirror merges into (default: dev).")
  String base;

  @Option(
      names = "--repo",
      paramLabel = "DIR",
      description = "The checkout for --new-from-rev (default: the current folder).")
  Path repo;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description =
          "The pull request's title, which git does not hold, to check its pattern"
              + " (\"Name (Independent Publisher)\").")
  String title;

  @Option(
      names = "--catalog",
      paramLabel = "CSV",
      description = "Connectors on the platform but not in the repository (as census check).")
  Path catalog;

  @Option(
      names = "--index",
      paramLabel = "FILE|URL",
      description =
          "What exists, from the check index a nightly run publishes (DATA/report/"
              + CheckIndex.FILE_NAME
              + ") instead of the warehouse. Without either, the connectors at the base.")
  String index;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    RuleCatalog rules = RuleCatalog.standard();
    PullRequestReviews.Options options =
        new PullRequestReviews.Options(
            new RuleEngine(rules),
            index != null ? Optional.of(CheckIndex.load(index)) : data.crawledIndex(),
            Optional.ofNullable(catalog),
            Optional.ofNullable(title));
    Review review;
    try {
      review =
          target.number != null
              ? PullRequestReviews.pullRequest(data.workdir(), target.number, base, options)
              : PullRequestReviews.workTree(
                  repo != null ? repo : Path.of(""), target.newFromRev, options);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        switch (format) {
          case text -> ReviewText.render(review);
          case json -> ReviewJson.render(review);
          case sarif ->
              SarifFormat.render(PullRequestReviews.asLintReport(review), Path.of(""), rules);
          case github -> ReviewGithub.render(review);
          case markdown -> ReviewMarkdown.render(review);
        });
    out.flush();
    return review.blocks() ? 1 : 0;
  }
}
