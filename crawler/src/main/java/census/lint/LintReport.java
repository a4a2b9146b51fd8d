package census.lint;

import census.model.Severity;
import census.rules.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code census lint} found, sorted by file, line and column.
 *
 * @param folders how many connector folders (or lone definitions) were checked
 */
public record LintReport(int folders, List<Entry> entries) {
  public LintReport {
    entries = List.copyOf(entries);
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

  /** Findings of this severity that are not suppressed. */
  public long count(Severity severity) {
    return entries.stream()
        .filter(e -> !e.suppressed() && e.finding().severity() == severity)
        .count();
  }

  public long suppressed() {
    return entries.stream().filter(Entry::suppressed).count();
  }

  /**
   * The exit status: 1 when any finding that is not suppressed is an error or, when {@code
   * maxWarnings} is not negative, such warnings are more than it (ESLint's --max-warnings); else 0.
   */
  public int exitStatus(int maxWarnings) {
    boolean tooManyWarnings = maxWarnings >= 0 && count(Severity.WARNING) > maxWarnings;
    return count(Severity.ERROR) > 0 || tooManyWarnings ? 1 : 0;
  }

  /** The errors alone ({@code --quiet}). */
  public LintReport errorsOnly() {
    return new LintReport(
        folders, entries.stream().filter(e -> e.finding().severity() == Severity.ERROR).toList());
  }
}
