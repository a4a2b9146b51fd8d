package census.lint;

import census.connector.ConnectorContext;
import census.connector.FileRef;
import census.json.JsonDocument;
import census.json.SyntaxIssue;
import census.model.Severity;
import census.parallel.Parallel;
import census.rules.Finding;
import census.rules.FindingKey;
import census.rules.Findings;
import census.rules.FixApplier;
import census.rules.LabelEdits;
import census.rules.RuleEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code census lint --fix}: applies the fixes of the findings lint would report (same rules,
 * configuration, suppressions and base), re-lints, and repeats until nothing changes or {@value
 * #MAX_PASSES} passes have run, as ESLint does. Every finding of a rule is fixed, not only the
 * first {@link census.rules.Findings#PER_RULE_LIMIT} that lint lists.
 *
 * <p>A fix after which a strict JSON file is no longer strict, or a file has more syntax faults
 * than before, is not applied: it is reported as refused and the others go on.
 */
public final class Fixer {
  /** As ESLint: fixes that keep making fixes stop here. */
  public static final int MAX_PASSES = 10;

  /**
   * What to fix.
   *
   * @param unsafe apply unsafe fixes too ({@code --unsafe-fixes})
   * @param errorsOnly fix only what {@code --quiet} reports: errors
   */
  public record Options(boolean unsafe, boolean errorsOnly) {}

  /** A file the fixes change: its place on disk and its bytes before and after. */
  public record Changed(Path file, byte[] before, byte[] after) {}

  /** A fix that was not applied, and why. */
  public record Refused(Path file, Finding finding, String reason) {}

  /**
   * What the fixes did.
   *
   * @param fixed how many findings each rule had fixed, by rule id
   * @param passes the most passes any folder took
   */
  public record Result(
      List<Changed> changed, Map<String, Integer> fixed, List<Refused> refused, int passes) {
    public int fixedCount() {
      return fixed.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private record Folder(
      List<Changed> changed, Map<String, Integer> fixed, List<Refused> refused, int passes) {}

  private final RuleEngine engine;
  private final LintConfig config;
  private final LintBase base;
  private final Options options;

  public Fixer(RuleEngine engine, LintConfig config, LintBase base, Options options) {
    this.engine = engine;
    this.config = config;
    this.base = base;
    this.options = options;
  }

  /** Works out the fixes of every target in memory; nothing is written. */
  public Result fix(List<LintTarget> targets) {
    List<Folder> folders = Parallel.map(targets, this::fix);
    List<Changed> changed = new ArrayList<>();
    Map<String, Integer> fixed = new TreeMap<>();
    List<Refused> refused = new ArrayList<>();
    int passes = 0;
    for (Folder f : folders) {
      changed.addAll(f.changed());
      f.fixed().forEach((rule, n) -> fixed.merge(rule, n, Integer::sum));
      refused.addAll(f.refused());
      passes = Math.max(passes, f.passes());
    }
    return new Result(changed, fixed, refused, passes);
  }

  /**
   * Writes each changed file through a temporary file beside it and a rename, so a reader (or a
   * crash) sees the old file or the new one, never half of one.
   */
  public static void write(Result result) throws IOException {
    for (Changed c : result.changed()) {
      Path dir = c.file().toAbsolutePath().getParent();
      Path temporary = Files.createTempFile(dir, "." + c.file().getFileName(), ".census-fix");
      try {
        Files.write(temporary, c.after());
        try {
          Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(c.file()));
        } catch (UnsupportedOperationException e) {
          // Not a POSIX file system: the file keeps the default permissions.
        }
        try {
          Files.move(
              temporary,
              c.file(),
              StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, c.file(), StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temporary);
      }
    }
  }

  private Folder fix(LintTarget target) {
    Map<String, byte[]> original = new LinkedHashMap<>();
    Map<String, byte[]> current = new LinkedHashMap<>();
    Map<String, Integer> fixed = new TreeMap<>();
    List<Refused> refused = new ArrayList<>();
    Set<FindingKey> refusedKeys = new HashSet<>();
    int pass = 0;
    while (pass < MAX_PASSES) {
      LintTarget now =
          new LintTarget(
              target.location(),
              target.folder().withContents(current),
              target.repository(),
              target.singleFile());
      Map<String, List<Finding>> byFile = new LinkedHashMap<>();
      for (Finding f : fixable(target, now)) {
        if (!refusedKeys.contains(FindingKey.of(f))) {
          byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
      }
      pass++;
      boolean changed = false;
      for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
        byte[] before = read(now, file.getKey());
        original.putIfAbsent(file.getKey(), before);
        JsonDocument doc = JsonDocument.parse(file.getKey(), before);
        FixApplier.Pass done = FixApplier.apply(doc, file.getValue());
        Optional<String> wrong = done.bytes().flatMap(after -> damage(doc, before, after));
        if (done.bytes().isPresent() && wrong.isEmpty()) {
          current.put(file.getKey(), done.bytes().get());
          done.applied().forEach(f -> fixed.merge(f.ruleId(), 1, Integer::sum));
          changed = true;
          continue;
        }
        // Together they fail: find the fixes that fail alone; the rest go on in the next pass.
        for (Finding f : done.bytes().isPresent() ? done.applied() : file.getValue()) {
          FixApplier.Pass alone = FixApplier.apply(doc, List.of(f));
          Optional<String> reason =
              alone.bytes().isEmpty()
                  ? Optional.of("the file's encoding cannot hold the fixed text")
                  : damage(doc, before, alone.bytes().get());
          if (reason.isPresent() && refusedKeys.add(FindingKey.of(f))) {
            refused.add(new Refused(target.fileOf(f.file()), f, reason.get()));
            changed = true; // what is left may now apply
          }
        }
      }
      if (!changed) {
        break;
      }
    }
    List<Changed> changes = new ArrayList<>();
    current.forEach(
        (file, after) -> changes.add(new Changed(target.fileOf(file), original.get(file), after)));
    return new Folder(changes, fixed, refused, pass);
  }

  /** The findings lint would report on the target as it now stands whose fixes may be applied. */
  private List<Finding> fixable(LintTarget target, LintTarget now) {
    FolderConfig folderConfig = config.of(target);
    List<Finding> found =
        engine.check(
            new ConnectorContext(now.folder(), now.repository()),
            config.rules(target),
            Findings.Fixes.EVERY);
    List<LintReport.Entry> entries =
        found.stream()
            .filter(f -> f.fix().isPresent() && (options.unsafe() || f.fix().get().safe()))
            .map(f -> folderConfig.entry(target.fileOf(f.file()), f))
            .filter(e -> !e.suppressed())
            .filter(e -> !options.errorsOnly() || e.finding().severity() == Severity.ERROR)
            .toList();
    LintReport report;
    try {
      // The base's comparison reads git objects through one reader.
      synchronized (base) {
        report = base.apply(new LintReport(1, entries), List.of(now));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return report.entries().stream().map(LintReport.Entry::finding).toList();
  }

  /**
   * Why the fixed bytes must not be written: a strict file that is no longer strict, or more syntax
   * faults than before (a fix must never make a file worse to read); or a file over the 1 MB the
   * platform allows a definition that the fix would grow, or take over it.
   */
  static Optional<String> damage(JsonDocument before, byte[] beforeBytes, byte[] after) {
    if (after.length > LabelEdits.MAX_DEFINITION_BYTES && after.length > beforeBytes.length) {
      return Optional.of(
          "the fix would grow the file to "
              + after.length
              + " bytes, over the 1 MB the platform allows a definition");
    }
    JsonDocument fixed = JsonDocument.parse(before.file(), after);
    if (before.isStrict() && !fixed.isStrict()) {
      return Optional.of("the fix would leave the file not strict JSON: " + fixed.issues());
    }
    if (faults(fixed) > faults(before)) {
      return Optional.of("the fix would add a JSON fault: " + fixed.issues());
    }
    return Optional.empty();
  }

  private static long faults(JsonDocument doc) {
    return doc.issues().stream().filter(i -> i.kind() != SyntaxIssue.Kind.DUPLICATE_KEY).count();
  }

  private static byte[] read(LintTarget target, String file) {
    FileRef ref =
        target.folder().files().stream()
            .filter(f -> f.name().equals(file))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("a fix names a file not in the folder"));
    try {
      return target.folder().contents().read(ref, JsonDocument.MAX_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
