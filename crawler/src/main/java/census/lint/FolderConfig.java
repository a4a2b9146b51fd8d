package census.lint;

import census.model.Severity;
import census.rules.Finding;
import census.rules.RuleInfo;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The configuration in force for one lint target: its nearest {@code .census.json} with the
 * overrides whose paths match the target applied over the top level, in the file's order.
 */
public final class FolderConfig {
  /** No configuration file: every rule of the engine runs at its own severity. */
  static final FolderConfig NONE = new FolderConfig();

  private final Optional<ConfigFile> config;
  private final Set<String> commandLineOptIn;
  // All rules when absent.
  private Optional<Set<String>> selected = Optional.empty();
  private final Set<String> ignored = new HashSet<>();
  private final Map<String, Severity> severity = new HashMap<>();

  private FolderConfig() {
    this.config = Optional.empty();
    this.commandLineOptIn = Set.of();
  }

  /**
   * @param location the target's folder or lone file
   * @param commandLineOptIn the opt-in rules the command line asked for; the others run only where
   *     a configuration selects them
   */
  FolderConfig(ConfigFile config, Path location, Set<String> commandLineOptIn) {
    this.config = Optional.of(config);
    this.commandLineOptIn = Set.copyOf(commandLineOptIn);
    Path relative = relative(config, location);
    apply(config.top());
    for (ConfigFile.PathOverride o : config.overrides()) {
      if (o.paths().stream().anyMatch(glob -> ConfigFile.matches(glob, relative))) {
        apply(o.settings());
      }
    }
  }

  /**
   * A later level's select replaces the selection (and runs what it names even if ignored above),
   * its ignore adds to the ignored rules, and its severities replace earlier ones ("off" ignores).
   */
  private void apply(ConfigFile.Settings level) {
    level.select().ifPresent(s -> selected = Optional.of(Set.copyOf(s)));
    level.select().ifPresent(ignored::removeAll);
    level
        .severity()
        .forEach(
            (id, s) -> {
              severity.put(id, s);
              ignored.remove(id);
            });
    ignored.addAll(level.off());
    ignored.addAll(level.ignore());
  }

  /** The configuration file in force, if any. */
  public Optional<ConfigFile> file() {
    return config;
  }

  /** What findings of the target depend on in the configuration, for the lint cache's key. */
  public String fingerprint() {
    return config.map(ConfigFile::fingerprint).orElse("no configuration");
  }

  /** Whether this configuration's selection names a rule (which makes an opt-in rule run). */
  boolean selects(String id) {
    return selected.map(s -> s.contains(id)).orElse(false);
  }

  /** Whether the rule runs on the target. */
  public boolean runs(RuleInfo info) {
    if (config.isEmpty()) {
      return true;
    }
    String id = info.id();
    if (info.optIn() && !commandLineOptIn.contains(id) && !selects(id)) {
      return false;
    }
    return selected.map(s -> s.contains(id)).orElse(true) && !ignored.contains(id);
  }

  /** A finding on {@code file} with the severity configured for its rule, and its suppression. */
  public LintReport.Entry entry(Path file, Finding f) {
    Severity configured = severity.getOrDefault(f.ruleId(), f.severity());
    Finding finding = configured == f.severity() ? f : f.withSeverity(configured);
    return new LintReport.Entry(file, finding, suppression(file, f));
  }

  /** The reason of the first suppression that covers the finding. */
  private Optional<String> suppression(Path file, Finding f) {
    if (config.isEmpty()) {
      return Optional.empty();
    }
    Path relative = relative(config.get(), file);
    String pointer = f.jsonPointer();
    return config.get().suppressions().stream()
        .filter(s -> s.rules().contains(f.ruleId()))
        .filter(
            s ->
                s.pointer().isEmpty()
                    || pointer.equals(s.pointer())
                    || pointer.startsWith(s.pointer() + "/"))
        .filter(s -> ConfigFile.matches(s.path(), relative))
        .map(ConfigFile.Suppression::reason)
        .findFirst();
  }

  private static Path relative(ConfigFile config, Path path) {
    return config.folder().relativize(path.toAbsolutePath().normalize());
  }
}
