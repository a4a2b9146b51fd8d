package census.cli;

import census.model.CensusVersion;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code census} command line. */
@Command(
    name = "census",
    mixinStandardHelpOptions = true,
    // --help and --version on every subcommand too, those added from other modules included.
    scope = CommandLine.ScopeType.INHERIT,
    versionProvider = Census.Version.class,
    description = "Connector Census: crawl, check and analyze microsoft/PowerPlatformConnectors.",
    subcommands = {
      SyncCommand.class,
      CrawlCommand.class,
      RunCommand.class,
      LintCommand.class,
      CheckCommand.class,
      PrCommand.class,
      RulesCommand.class,
      EvidenceCommand.class,
      TablesCommand.class
    })
public final class Census {
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with every subcommand on the class path. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Census());
    for (CensusCommand plugin : ServiceLoader.load(CensusCommand.class)) {
      cli.addSubcommand(plugin);
    }
    return reportingErrors(cli);
  }

  /** An exception a command throws becomes one line naming the command, and exit status 2. */
  static CommandLine reportingErrors(CommandLine cli) {
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine
              .getErr()
              .println("census " + commandLine.getCommandName() + ": " + e.getMessage());
          if (Boolean.getBoolean("census.trace")) {
            e.printStackTrace(commandLine.getErr());
          }
          return 2;
        });
    return cli;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"census " + CensusVersion.get().orElse("(development build)")};
    }
  }
}
