package census.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line of the self-contained jar ({@code crawler/target/census-author.jar}): what an
 * author runs on a checkout, without Spark, Hadoop or Parquet; {@code check} and {@code pr} read a
 * published check index ({@code --index}) instead of a warehouse.
 */
@Command(
    name = "census",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT,
    versionProvider = Census.Version.class,
    description =
        "Connector Census for connector authors: lint connector folders, check whether a"
            + " connector already exists, judge a pull request.",
    subcommands = {LintCommand.class, CheckCommand.class, PrCommand.class, RulesCommand.class})
public final class AuthorCensus {
  public static void main(String[] args) {
    System.exit(Census.reportingErrors(new CommandLine(new AuthorCensus())).execute(args));
  }
}
