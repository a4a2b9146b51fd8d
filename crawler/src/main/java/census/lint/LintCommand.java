package census.lint;

import census.model.ConnectorKind;
import census.rules.Rule;
import census.rules.RuleCatalog;
import census.rules.RuleEngine;
import census.rules.RuleInfo;
import census.rules.text.Misspelling;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "lint",
    description = {
      "Check connector folders on disk against the certification rules, as the crawl does.",
      "Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage or I/O error."
    })
public final class LintCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(LintCommand.class);

  /** The output formats. */
  public enum Format {
    text,
    json,
    sarif
  }

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Connector folders, a lone API definition file, a kind folder (certified-connectors/)"
              + " or a repository checkout (every connector folder in it).")
  List<Path> paths;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      converter = KindConverter.class,
      description =
          "Publisher kind: certified, independent-publisher or custom (default: from the folder's"
              + " place in the repository, else from its brand colour #da3b01, else certified).")
  ConnectorKind kind;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text (grouped by file), json or sarif (SARIF 2.1.0) (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--spelling",
      description = "Also check the spelling of titles, summaries and descriptions (slower).")
  boolean spelling;

  @Option(
      names = "--select",
      split = ",",
      paramLabel = "RULE",
      description =
          "Run only these rules (ids as `census rules` lists them, comma-separated); an opt-in"
              + " rule named here runs too.")
  Set<String> select;

  @Option(
      names = "--ignore",
      split = ",",
      paramLabel = "RULE",
      description = "Do not run these rules (comma-separated ids).")
  Set<String> ignore;

  @Option(
      names = "--base",
      paramLabel = "DIR",
      description =
          "Name files relative to this folder, e.g. the repository root (default: the current folder).")
  Path base;

  @Option(
      names = "--cache",
      description =
          "Reuse the findings of folders whose files and rules are unchanged since an earlier"
              + " lint with --cache, and store the new ones.")
  boolean cache;

  @Option(
      names = "--cache-location",
      paramLabel = "DIR",
      description =
          "Where --cache keeps findings (default: $XDG_CACHE_HOME/census/lint, else"
              + " ~/.cache/census/lint); implies --cache. Entries unused for 30 days are deleted.")
  Path cacheLocation;

  @Option(
      names = "--new-from-rev",
      paramLabel = "REF",
      description =
          "Report only findings new since the merge-base of REF and HEAD in the git checkout"
              + " around the paths (each folder is checked at that commit too); exit status from"
              + " new errors only.")
  String newFromRev;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description =
          "Report only findings that this baseline (from --write-baseline, with the same --base)"
              + " does not hold; exit status from those.")
  Path baselineFile;

  @Option(
      names = "--write-baseline",
      paramLabel = "FILE",
      description = "Write every finding's key to FILE, for a later --baseline.")
  Path writeBaseline;

  @Override
  @SuppressWarnings("SystemConsoleNull") // on Java 17 a null console means "not a terminal"
  public Integer call() throws Exception {
    List<LintTarget> targets = LintTargets.resolve(paths, Optional.ofNullable(kind));
    RuleCatalog catalog = selectedRules();
    Set<String> optIn = new HashSet<>();
    if (spelling) {
      optIn.add(Misspelling.ID);
    }
    if (select != null) {
      // The catalog now holds only the selected rules; an opt-in one among them was asked for.
      catalog.rules().stream()
          .map(Rule::info)
          .filter(RuleInfo::optIn)
          .forEach(info -> optIn.add(info.id()));
    }
    RuleEngine engine = new RuleEngine(catalog, optIn);
    Optional<LintCache> lintCache =
        cache || cacheLocation != null
            ? Optional.of(
                new LintCache(
                    cacheLocation != null ? cacheLocation : LintCache.defaultLocation(),
                    engine.checkVersion()))
            : Optional.empty();
    Path relativeTo = base != null ? base : Path.of("");
    LintReport report;
    try (LintBase lintBase = lintBase(engine, relativeTo)) {
      report = lintBase.apply(new Linter(engine, lintCache).lint(targets), targets);
    }
    if (lintCache.isPresent()) {
      try {
        lintCache.get().prune(Instant.now());
      } catch (IOException e) {
        LOG.warn("cannot prune the lint cache: {}", e.toString());
      }
    }
    String out =
        switch (format) {
          case text ->
              TextFormat.render(
                  report,
                  relativeTo,
                  TextFormat.colourWanted(System.console() != null, System.getenv("NO_COLOR")));
          case json -> JsonFormat.render(report, relativeTo);
          case sarif -> SarifFormat.render(report, relativeTo, catalog);
        };
    spec.commandLine().getOut().print(out);
    spec.commandLine().getOut().flush();
    return report.exitStatus();
  }

  /** The base findings are compared with, if any; a bad REF is a usage error. */
  private LintBase lintBase(RuleEngine engine, Path relativeTo) throws IOException {
    try {
      return LintBase.open(
          Optional.ofNullable(newFromRev),
          Optional.ofNullable(baselineFile),
          Optional.ofNullable(writeBaseline),
          paths,
          engine,
          relativeTo);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** The standard catalog, narrowed by --select and --ignore, whose ids must all be known. */
  private RuleCatalog selectedRules() {
    RuleCatalog standard = RuleCatalog.standard();
    Set<String> named = new TreeSet<>();
    Optional.ofNullable(select).ifPresent(named::addAll);
    Optional.ofNullable(ignore).ifPresent(named::addAll);
    for (String id : named) {
      if (!standard.has(id)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "no rule has the id '" + id + "' (`census rules` lists them)");
      }
    }
    if (named.isEmpty()) {
      return standard;
    }
    return standard.only(
        info ->
            (select == null || select.contains(info.id()))
                && (ignore == null || !ignore.contains(info.id())));
  }

  static final class KindConverter implements CommandLine.ITypeConverter<ConnectorKind> {
    @Override
    public ConnectorKind convert(String value) {
      return ConnectorKind.fromId(value)
          .orElseThrow(
              () ->
                  new CommandLine.TypeConversionException(
                      "'" + value + "' is not a kind: certified, independent-publisher or custom"));
    }
  }
}
