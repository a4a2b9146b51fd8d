package census.lint;

import census.model.Severity;
import census.rules.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code census lint} found, sorted by file, line and column.
 *
 * @param folders how many connector folders (or lone definitions) were checked
 */
public record LintReport(int folders, List<Entry> entries) {
  public LintReport {
    entries = List.copyOf(entries);
  }

  /** A finding and the file on disk it is about. */
  public record Entry(Path file, Finding finding) {}

  public long count(Severity severity) {
    return entries.stream().filter(e -> e.finding().severity() == severity).count();
  }

  /** The exit status: 1 when any finding is an error, else 0. */
  public int exitStatus() {
    return count(Severity.ERROR) > 0 ? 1 : 0;
  }
}
