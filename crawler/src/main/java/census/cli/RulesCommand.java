package census.cli;

import census.rules.RuleCatalog;
import census.rules.RulesDoc;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
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

  @Option(
      names = "--explain",
      paramLabel = "RULE",
      description =
          "Print one rule's section of docs/rules.md (id, severity, kinds, files, doc, fix,"
              + " source); the old id of a split rule prints each of its parts.")
  String explain;

  @Override
  public Integer call() {
    RuleCatalog catalog = RuleCatalog.standard();
    String out = explain != null ? explain(catalog) : list(catalog);
    spec.commandLine().getOut().print(out);
    spec.commandLine().getOut().flush();
    return 0;
  }

  private String explain(RuleCatalog catalog) {
    return explanation(catalog, explain)
        .orElseThrow(
            () ->
                new CommandLine.ParameterException(
                    spec.commandLine(),
                    "no rule has the id '" + explain + "' (`census rules` lists them)"));
  }

  /** The sections of every rule an id stands for ({@link RuleCatalog#resolve}); none if unknown. */
  static Optional<String> explanation(RuleCatalog catalog, String id) {
    Set<String> ids = catalog.resolve(id);
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        catalog.rules().stream()
            .filter(r -> ids.contains(r.info().id()))
            .map(RulesDoc::section)
            .collect(Collectors.joining("\n")));
  }

  private String list(RuleCatalog catalog) {
    return switch (format) {
      case text -> RulesDoc.text(catalog);
      case md -> RulesDoc.markdown(catalog);
      case json -> RulesDoc.json(catalog);
    };
  }
}
