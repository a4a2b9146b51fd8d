package census.jobs.cli;

import census.cli.CensusCommand;
import census.cli.DataOptions;
import census.jobs.SparkAnalyzer;
import census.jobs.SparkSessions;
import census.pipeline.AnalyzeStep;
import com.google.auto.service.AutoService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@AutoService(CensusCommand.class)
@Command(
    name = "analyze",
    description = {
      "Run the Spark jobs over the warehouse and publish their tables together; a job whose code"
          + " and input tables are unchanged since it last ran keeps its tables.",
      "local[*] by default; --master sends the same jobs to a cluster."
    })
public final class AnalyzeCommand implements CensusCommand {
  @Mixin DataOptions data = new DataOptions();

  @Option(
      names = "--master",
      paramLabel = "URL",
      defaultValue = SparkSessions.LOCAL,
      description =
          "Spark master: local[*], local[N], spark://HOST:7077, yarn (default: ${DEFAULT-VALUE}).")
  String master;

  @Option(
      names = "--conf",
      paramLabel = "KEY=VALUE",
      description = "Extra Spark configuration, as with spark-submit (repeatable).")
  Map<String, String> conf = new LinkedHashMap<>();

  @Option(
      names = "--job",
      paramLabel = "NAME",
      description = "Run only these jobs (default: all). See `census analyze --help`.")
  List<String> only;

  @Option(
      names = "--force",
      description = "Run the jobs even where their code and inputs are unchanged since they ran.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    // Spark's classes stay out of this class's signatures: picocli inspects every subcommand at
    // start-up, and commands that need no Spark must not load it.
    new SparkAnalyzer()
        .analyze(
            data.warehouse(),
            new AnalyzeStep(master, conf, only, force),
            "analyze-" + java.util.UUID.randomUUID());
    return 0;
  }
}
