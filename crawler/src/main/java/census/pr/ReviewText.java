package census.pr;

import census.history.BreakingChanges;
import census.model.Severity;
import census.rules.Finding;
import java.util.Locale;

/** A review for a terminal: one section per folder, then the shape, existence and overlaps. */
public final class ReviewText {
  private ReviewText() {}

  public static String render(Review r) {
    StringBuilder s = new StringBuilder();
    s.append(r.number() > 0 ? "Pull request #" + r.number() : "Changes")
        .append(": ")
        .append(r.head())
        .append(" against the merge-base ")
        .append(r.base())
        .append('\n');
    if (r.folders().isEmpty()) {
      s.append("\nno connector folder changed\n");
    }
    for (Review.Folder f : r.folders()) {
      s.append('\n')
          .append(f.path())
          .append(" (")
          .append(f.change())
          .append(f.title().map(t -> ", \"" + t + "\"").orElse(""))
          .append(")\n");
      for (Finding finding : f.newFindings()) {
        s.append("  ")
            .append(ReviewFindings.path(f.path(), finding.file()))
            .append(finding.line() > 0 ? ":" + finding.line() + ":" + finding.column() : "")
            .append("  ")
            .append(finding.severity().name().toLowerCase(Locale.ROOT))
            .append("  ")
            .append(finding.message())
            .append("  ")
            .append(finding.ruleId())
            .append('\n');
      }
      for (BreakingChanges.Change c : f.breakingChanges()) {
        s.append("  breaking  ")
            .append(c.kind())
            .append(c.operationId() == null ? "" : " " + c.operationId())
            .append(c.detail() == null ? "" : ": " + c.detail())
            .append('\n');
      }
      s.append("  ")
          .append(f.newFindings().size())
          .append(" new findings (")
          .append(f.count(Severity.ERROR))
          .append(" errors), ")
          .append(f.unchangedFindings())
          .append(" already in the base, ")
          .append(f.breakingChanges().size())
          .append(" breaking changes\n");
    }
    if (!r.shape().isEmpty()) {
      s.append("\npull request\n");
      for (Review.Shape sh : r.shape()) {
        s.append("  warning  ")
            .append(sh.message())
            .append("  ")
            .append(sh.check().id())
            .append('\n');
      }
    }
    r.existence().ifPresent(e -> existence(s, e));
    if (!r.overlaps().isEmpty()) {
      s.append("\nother pull requests not merged that change the same folders\n");
      for (Review.Overlap o : r.overlaps()) {
        s.append("  #")
            .append(o.number())
            .append("  ")
            .append(o.path())
            .append("  last activity ")
            .append(o.lastActivity())
            .append('\n');
      }
    }
    s.append('\n')
        .append(r.blocks() ? "would block: " : "would not block: ")
        .append(r.count(Severity.ERROR))
        .append(" new errors, ")
        .append(r.count(Severity.WARNING))
        .append(" new warnings, ")
        .append(r.breakingChangeCount())
        .append(" breaking changes")
        .append(r.blocks() ? " (" + String.join("; ", r.blockers()) + ")" : "")
        .append('\n');
    return s.toString();
  }

  private static void existence(StringBuilder s, Review.Existence e) {
    s.append("\nalready exists? ").append(e.answer().verdict());
  }
}
