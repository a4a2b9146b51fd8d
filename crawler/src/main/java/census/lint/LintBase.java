package census.lint;

import census.rules.RuleCatalog;
import census.rules.RuleEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code --new-from-rev}, {@code --baseline} and {@code --write-baseline} do to a lint report.
 * Opened before the lint, so a bad REF or baseline fails at once rather than after minutes.
 */
public final class LintBase implements AutoCloseable {
  private final Optional<NewFromRev> rev;
  private final Optional<Baseline> baseline;
  private final Optional<Path> writeTo;
  private final DisplayPaths paths;
  private final String catalogVersion;

  private LintBase(
      Optional<NewFromRev> rev,
      Optional<Baseline> baseline,
      Optional<Path> writeTo,
      DisplayPaths paths,
      String catalogVersion) {
    this.rev = rev;
    this.baseline = baseline;
    this.writeTo = writeTo;
    this.paths = paths;
    this.catalogVersion = catalogVersion;
  }

  /**
   * Opens the base that {@code --new-from-rev} or {@code --baseline} names, or none.
   *
   * @param config the working tree's configuration, which also decides the rules run at the base
   * @param relativeTo the folder baselines name connector folders relative to (as output does)
   * @throws IllegalArgumentException for a usage error: REF and baseline both given, a REF that
   *     names no commit, a target outside the git checkout
   * @throws IOException naming a baseline file that is missing or malformed
   */
  public static LintBase open(
      Optional<String> newFromRev,
      Optional<Path> baselineFile,
      Optional<Path> writeBaseline,
      List<Path> targets,
      RuleEngine engine,
      LintConfig config,
      Path relativeTo)
      throws IOException {
    if (newFromRev.isPresent() && baselineFile.isPresent()) {
      throw new IllegalArgumentException("--new-from-rev and --baseline cannot be combined");
    }
    Optional<Baseline> baseline = Optional.empty();
    if (baselineFile.isPresent()) {
      // Resolved against every rule, not only those selected: old ids name split rules.
      baseline = Optional.of(Baseline.read(baselineFile.get(), relativeTo, RuleCatalog.standard()));
    }
    Optional<NewFromRev> rev = Optional.empty();
    if (newFromRev.isPresent()) {
      rev = Optional.of(NewFromRev.open(newFromRev.get(), targets, engine, config));
    }
    return new LintBase(
        rev, baseline, writeBaseline, new DisplayPaths(relativeTo), engine.catalog().version());
  }

  /** The report with only new findings when compared with a base; writes the baseline if asked. */
  public LintReport apply(LintReport report, List<LintTarget> targets) throws IOException {
    if (rev.isEmpty() && baseline.isEmpty() && writeTo.isEmpty()) {
      return report;
    }
    List<KeyedFindings.Folder> folders = KeyedFindings.of(targets, report);
    if (writeTo.isPresent()) {
      Baseline.write(writeTo.get(), folders, paths, catalogVersion);
    }
    if (rev.isPresent()) {
      return KeyedFindings.compare(report, folders, rev.get().description(), rev.get()::keys);
    }
    if (baseline.isPresent()) {
      return KeyedFindings.compare(
          report, folders, baseline.get().description(), baseline.get()::keys);
    }
    return report;
  }

  @Override
  public void close() {
    rev.ifPresent(NewFromRev::close);
  }
}
