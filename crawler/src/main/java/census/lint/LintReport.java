package census.lint;

import census.model.Severity;
import census.rules.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What {@code census lint} found, sorted by file, line and column.
 *
 * @param folders how many connector folders (or lone definitions) were checked
 * @param entries the findings reported, suppressed ones marked: with a comparison, only those new
 *     since its base
 * @param comparison the base the findings were compared with, when one was given
 */
public record LintReport(int folders, List<Entry> entries, Optional<Comparison> comparison) {
  static final Comparator<Entry> ORDER =
      Comparator.comparing((Entry e) -> e.file().toString())
          .thenComparingInt(e -> e.finding().line())
          .thenComparingInt(e -> e.finding().column())
          .thenComparing(e -> e.finding().ruleId())
          .thenComparing(e -> e.finding().message());

  public LintReport {
    entries = List.copyOf(entries);
  }

  public LintReport(int folders, List<Entry> entries) {
    this(folders, entries, Optional.empty());
  }

  /**
   * A finding and the file on disk it is about.
   *
   * @param suppression the reason a configuration gives for suppressing it, if it does
   */
  public record Entry(Path file, Finding finding, Optional<String> suppression) {
    public Entry(Path file, Finding finding) {
      this(file, finding, Optional.empty());
    }

    public boolean suppressed() {
      return suppression.isPresent();
    }
  }

  /**
   * A base findings were compared with ({@code --new-from-rev}, {@code --baseline}).
   *
   * @param base what it was, for people: "merge-base 1a2b3c4 of dev and HEAD", a baseline file
   * @param unchanged the findings the base already had, left out of {@link #entries()}
   */
  public record Comparison(String base, List<Entry> unchanged) {
    public Comparison {
      unchanged = List.copyOf(unchanged);
    }
  }

  /** A finding with its SARIF baselineState: "new" or "unchanged", empty without a comparison. */
  public record Stated(Entry entry, Optional<String> baselineState) {}

  /** Reported findings (with a comparison, the new ones) of this severity, not suppressed. */
  public long count(Severity severity) {
    return entries.stream()
        .filter(e -> !e.suppressed() && e.finding().severity() == severity)
        .count();
  }

  /** How many reported findings are suppressed. */
  public long suppressed() {
    return entries.stream().filter(Entry::suppressed).count();
  }

  /**
   * The exit status: 1 when any reported finding that is not suppressed is an error or, when {@code
   * maxWarnings} is not negative, such warnings are more than it (ESLint's --max-warnings); else 0.
   * With a comparison only new findings are reported, so only they count.
   */
  public int exitStatus(int maxWarnings) {
    boolean tooManyWarnings = maxWarnings >= 0 && count(Severity.WARNING) > maxWarnings;
    return count(Severity.ERROR) > 0 || tooManyWarnings ? 1 : 0;
  }

  /** The errors alone ({@code --quiet}), those already in the base too. */
  public LintReport errorsOnly() {
    return new LintReport(
        folders,
        errors(entries),
        comparison.map(c -> new Comparison(c.base(), errors(c.unchanged()))));
  }

  private static List<Entry> errors(List<Entry> entries) {
    return entries.stream().filter(e -> e.finding().severity() == Severity.ERROR).toList();
  }

  /** How many findings the base already had; 0 without a comparison. */
  public int alreadyInBase() {
    return comparison.map(c -> c.unchanged().size()).orElse(0);
  }

  /** Every finding, those already in the base too, in report order with its baseline state. */
  public List<Stated> all() {
    if (comparison.isEmpty()) {
      return entries.stream().map(e -> new Stated(e, Optional.empty())).toList();
    }
    List<Stated> all = new ArrayList<>();
    entries.forEach(e -> all.add(new Stated(e, Optional.of("new"))));
    comparison.get().unchanged().forEach(e -> all.add(new Stated(e, Optional.of("unchanged"))));
    all.sort(Comparator.comparing(Stated::entry, ORDER));
    return all;
  }
}
