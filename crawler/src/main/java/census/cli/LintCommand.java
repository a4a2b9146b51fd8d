package census.cli;

import census.lint.ConfigException;
import census.lint.ConfigFile;
import census.lint.DisplayPaths;
import census.lint.Fixer;
import census.lint.JsonFormat;
import census.lint.LintBase;
import census.lint.LintCache;
import census.lint.LintConfig;
import census.lint.LintReport;
import census.lint.LintTarget;
import census.lint.LintTargets;
import census.lint.Linter;
import census.lint.SarifFormat;
import census.lint.TextFormat;
import census.lint.UnifiedDiff;
import census.model.ConnectorKind;
import census.rules.Rule;
import census.rules.RuleCatalog;
import census.rules.RuleEngine;
import census.rules.RuleInfo;
import census.rules.text.Misspelling;
import java.io.IOException;
import java.io.PrintWriter;
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
      "Each folder follows its nearest .census.json (up to the repository root): rules,"
          + " severities, suppressions.",
      "--fix applies the safe fixes of what it would report, keeping each file's layout, and"
          + " reports what is left; --diff shows the change instead of making it.",
      "Exit status: 0 no errors (warnings allowed), 1 errors found (or more warnings than"
          + " --max-warnings), 2 usage, configuration or I/O error."
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
          "Run only these rules (ids as `census rules` lists them, comma-separated; the old id of"
              + " a split rule means all its parts), within what the configuration runs; an"
              + " opt-in rule named here runs too.")
  Set<String> select;

  @Option(
      names = "--ignore",
      split = ",",
      paramLabel = "RULE",
      description = "Do not run these rules (comma-separated ids).")
  Set<String> ignore;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Use this configuration file for every folder instead of each folder's nearest "
              + ConfigFile.NAME
              + ".")
  Path config;

  @Option(names = "--no-config", description = "Use no configuration file.")
  boolean noConfig;

  @Option(
      names = "--max-warnings",
      paramLabel = "N",
      defaultValue = "-1",
      description =
          "Exit 1 when there are more than N warnings that are not suppressed (default: no limit).")
  int maxWarnings;

  @Option(
      names = "--quiet",
      description =
          "Report errors only; warnings and info are left out (so --max-warnings counts none).")
  boolean quiet;

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
              + " around the paths (each folder is checked at that commit too, with the same"
              + " configuration); the exit status and --max-warnings count new findings only.")
  String newFromRev;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description =
          "Report only findings that this baseline (from --write-baseline, with the same --base)"
              + " does not hold; the exit status and --max-warnings count those only.")
  Path baselineFile;

  @Option(
      names = "--write-baseline",
      paramLabel = "FILE",
      description =
          "Write every finding's key (suppressed ones too) to FILE, for a later --baseline.")
  Path writeBaseline;

  @Option(
      names = "--fix",
      description =
          "Apply the safe fixes of the findings lint reports (with the same configuration, base"
              + " and --quiet), re-lint and repeat until nothing changes (at most "
              + Fixer.MAX_PASSES
              + " passes), then report what is left. Files are rewritten in place, atomically;"
              + " a fix that would make a file less valid JSON is refused and reported.")
  boolean fix;

  @Option(
      names = "--unsafe-fixes",
      description =
          "Also apply (with --fix or --diff) and mark as fixable the unsafe fixes: those that can"
              + " change what a live connector sends or returns, or break a flow built on it"
              + " (`census rules --explain ID` says why for each rule).")
  boolean unsafeFixes;

  @Option(
      names = "--diff",
      description =
          "Print what --fix would change as a unified diff and write nothing; exit 1 when there"
              + " is something to fix, else 0.")
  boolean diff;

  @Override
  public Integer call() throws Exception {
    if (config != null && noConfig) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--config and --no-config cannot go together");
    }
    if ((fix || diff) && writeBaseline != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--write-baseline cannot go with --fix or --diff");
    }
    if (fix || diff) {
      Fixer.Result fixed = applyFixes();
      if (diff) {
        return fixed.changed().isEmpty() ? 0 : 1;
      }
    }
    return lint();
  }

  /** Works out the fixes and writes them, or with --diff prints them; logs what was refused. */
  private Fixer.Result applyFixes() throws Exception {
    List<LintTarget> targets = LintTargets.resolve(paths, Optional.ofNullable(kind));
    RuleCatalog catalog = selectedRules();
    Set<String> optIn = optIn(catalog);
    LintConfig lintConfig = configuration(targets, optIn);
    optIn.addAll(lintConfig.optedIn(catalog));
    RuleEngine engine = new RuleEngine(catalog, optIn);
    Path relativeTo = base != null ? base : Path.of("");
    Fixer.Result result;
    try (LintBase lintBase = lintBase(engine, lintConfig, relativeTo)) {
      result =
          new Fixer(engine, lintConfig, lintBase, new Fixer.Options(unsafeFixes, quiet))
              .fix(targets);
    }
    DisplayPaths shown = new DisplayPaths(relativeTo);
    for (Fixer.Refused r : result.refused()) {
      LOG.warn(
          "{}:{}:{} {} fix not applied: {}",
          shown.show(r.file()),
          r.finding().line(),
          r.finding().column(),
          r.finding().ruleId(),
          r.reason());
    }
    String summary =
        result.fixedCount()
            + (result.fixedCount() == 1 ? " finding in " : " findings in ")
            + result.changed().size()
            + (result.changed().size() == 1 ? " file (" : " files (")
            + result.passes()
            + (result.passes() == 1 ? " pass" : " passes")
            + ")";
    if (diff) {
      PrintWriter out = spec.commandLine().getOut();
      for (Fixer.Changed c : result.changed()) {
        out.print(UnifiedDiff.of(shown.show(c.file()), c.before(), c.after()));
      }
      out.flush();
      LOG.info("--fix would fix {}", summary);
    } else {
      Fixer.write(result);
      LOG.info("fixed {}", summary);
    }
    return result;
  }

  /** Lints the paths and prints the report; returns the exit status. */
  @SuppressWarnings("SystemConsoleNull") // on Java 17 a null console means "not a terminal"
  private int lint() throws Exception {
    List<LintTarget> targets = LintTargets.resolve(paths, Optional.ofNullable(kind));
    RuleCatalog catalog = selectedRules();
    Set<String> optIn = optIn(catalog);
    LintConfig lintConfig = configuration(targets, optIn);
    optIn.addAll(lintConfig.optedIn(catalog));
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
    // Configuration first (which rules, severities, suppressions), then the base picks the new
    // findings, then --quiet: the exit status counts what is left.
    try (LintBase lintBase = lintBase(engine, lintConfig, relativeTo)) {
      report = lintBase.apply(new Linter(engine, lintCache, lintConfig).lint(targets), targets);
    }
    if (quiet) {
      report = report.errorsOnly();
    }
    if (lintCache.isPresent()) {
      try {
        lintCache.get().prune(Instant.now());
      } catch (IOException e) {
        LOG.warn("cannot prune the lint cache: {}", e.toString());
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case text ->
          out.print(
              TextFormat.render(
                  report,
                  relativeTo,
                  TextFormat.colourWanted(System.console() != null, System.getenv("NO_COLOR")),
                  unsafeFixes));
      case json -> JsonFormat.write(report, relativeTo, out);
      case sarif -> out.print(SarifFormat.render(report, relativeTo, catalog));
    }
    out.flush();
    return report.exitStatus(maxWarnings);
  }

  /** The opt-in rules the command line asks for. */
  private Set<String> optIn(RuleCatalog catalog) {
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
    return optIn;
  }

  /** Each target's nearest configuration file, the one given, or none. */
  private LintConfig configuration(List<LintTarget> targets, Set<String> optIn)
      throws IOException, ConfigException {
    RuleCatalog standard = RuleCatalog.standard();
    if (noConfig) {
      return LintConfig.NONE;
    }
    if (config != null) {
      return LintConfig.of(config, targets, standard, optIn);
    }
    return LintConfig.discover(targets, standard, optIn);
  }

  /** The base findings are compared with, if any; a bad REF is a usage error. */
  private LintBase lintBase(RuleEngine engine, LintConfig lintConfig, Path relativeTo)
      throws IOException {
    try {
      return LintBase.open(
          Optional.ofNullable(newFromRev),
          Optional.ofNullable(baselineFile),
          Optional.ofNullable(writeBaseline),
          paths,
          engine,
          lintConfig,
          relativeTo);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** The standard catalog, narrowed by --select and --ignore, whose ids must all be known. */
  private RuleCatalog selectedRules() {
    RuleCatalog standard = RuleCatalog.standard();
    Optional<Set<String>> selected = resolve(standard, select);
    Optional<Set<String>> ignored = resolve(standard, ignore);
    if (selected.isEmpty() && ignored.isEmpty()) {
      return standard;
    }
    return standard.only(
        info ->
            selected.map(s -> s.contains(info.id())).orElse(true)
                && !ignored.map(s -> s.contains(info.id())).orElse(false));
  }

  /** The rules the ids stand for ({@link RuleCatalog#resolve}); every id must be known. */
  private Optional<Set<String>> resolve(RuleCatalog standard, Set<String> ids) {
    if (ids == null) {
      return Optional.empty();
    }
    Set<String> resolved = new TreeSet<>();
    for (String id : new TreeSet<>(ids)) {
      Set<String> rules = standard.resolve(id);
      if (rules.isEmpty()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "no rule has the id '" + id + "' (`census rules` lists them)");
      }
      resolved.addAll(rules);
    }
    return Optional.of(resolved);
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
