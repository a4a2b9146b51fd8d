package census.cli;

import census.rules.RuleCatalog;
import census.rules.RulesDoc;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "rules",
    description = {
      "List the rule catalog: id, severity, kinds, source, doc and fix.",
      "docs/rules.md is `census rules --format md`."
    })
final class RulesCommand implements Callable<Integer> {
  enum Format {
    text,
    md,
    json
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, md (Markdown) or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    RuleCatalog catalog = RuleCatalog.standard();
    String out =
        switch (format) {
          case text -> RulesDoc.text(catalog);
          case md -> RulesDoc.markdown(catalog);
          case json -> RulesDoc.json(catalog);
        };
    spec.commandLine().getOut().print(out);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
