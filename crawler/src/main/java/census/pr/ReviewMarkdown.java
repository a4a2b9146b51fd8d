package census.pr;

import census.check.Checker;
import census.history.BreakingChanges;
import census.model.Severity;
import census.rules.Finding;
import java.util.Locale;

/**
 * A review as a Markdown comment for the pull request. Everything that comes from the repository
 * (titles, paths, messages quoting files) is escaped: it cannot mention anyone, show an image, add
 * HTML, a link or a table cell of its own.
 */
public final class ReviewMarkdown {
  /**
   * Findings listed per folder; the rest are counted (the JSON and SARIF outputs hold them all).
   */
  static final int SHOWN = 30;

  private ReviewMarkdown() {}

  public static String render(Review r) {
    StringBuilder s = new StringBuilder();
    s.append("### Census: ")
        .append(
            r.blocks()
                ? "would block (" + String.join("; ", r.blockers()) + ")"
                : "would not block")
        .append("\n\n")
        .append(r.count(Severity.ERROR))
        .append(" new errors, ")
        .append(r.count(Severity.WARNING))
        .append(" new warnings, ")
        .append(r.breakingChangeCount())
        .append(" breaking changes, against the merge-base `")
        .append(r.base().replaceAll("[^0-9a-f]", ""))
        .append("`.\n");
    for (Review.Folder f : r.folders()) {
      s.append("\n#### ")
          .append(text(f.path()))
          .append(" (")
          .append(f.change())
          .append(f.title().map(t -> ", " + text(t)).orElse(""))
          .append(")\n\n");
      if (!f.newFindings().isEmpty()) {
        s.append("| severity | place | rule | message |\n|---|---|---|---|\n");
        f.newFindings().stream()
            .limit(SHOWN)
            .forEach(
                finding ->
                    s.append("| ")
                        .append(finding.severity().name().toLowerCase(Locale.ROOT))
                        .append(" | ")
                        .append(text(place(f, finding)))
                        .append(" | ")
                        .append(text(finding.ruleId()))
                        .append(" | ")
                        .append(text(finding.message()))
                        .append(" |\n"));
        if (f.newFindings().size() > SHOWN) {
          s.append("\n").append(f.newFindings().size() - SHOWN).append(" more new findings.\n");
        }
      }
      for (BreakingChanges.Change c : f.breakingChanges()) {
        s.append("- breaking: ")
            .append(text(c.kind()))
            .append(c.operationId() == null ? "" : " " + text(c.operationId()))
            .append(c.detail() == null ? "" : ": " + text(c.detail()))
            .append('\n');
      }
      s.append("\n")
          .append(f.unchangedFindings())
          .append(" findings were there before this pull request and are not listed.\n");
    }
    if (!r.shape().isEmpty()) {
      s.append("\n#### The pull request\n\n");
      for (Review.Shape sh : r.shape()) {
        s.append("- ")
            .append(text(sh.message()))
            .append(" (")
            .append(sh.check().id())
            .append(")\n");
      }
    }
    r.existence()
        .ifPresent(
            e -> {
              Checker.Answer a = e.answer();
              s.append("\n#### Does it already exist?\n\n")
                  .append(text(a.title()))
                  .append(": ")
                  .append(a.outcome().status())
                  .append(' ')
                  .append(a.outcome().option())
                  .append('\n');
              a.decidedBy()
                  .ifPresent(m -> s.append("\nBecause ").append(text(m.reason())).append(".\n"));
            });
    if (!r.overlaps().isEmpty()) {
      s.append("\n#### Other pull requests changing the same folders\n\n");
      for (Review.Overlap o : r.overlaps()) {
        s.append("- #")
            .append(o.number())
            .append(" ")
            .append(text(o.path()))
            .append(", last activity ")
            .append(text(o.lastActivity()))
            .append('\n');
      }
    }
    return s.toString();
  }

  private static String place(Review.Folder f, Finding finding) {
    return ReviewFindings.path(f.path(), finding.file())
        + (finding.line() > 0 ? ":" + finding.line() : "");
  }

  /**
   * Repository text made inert in GitHub Markdown: HTML and entities, Markdown punctuation, table
   * pipes, line breaks, @mentions, #references and bare URLs (which GitHub links by itself).
   */
  static String text(String raw) {
    StringBuilder out = new StringBuilder(raw.length() + 16);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '#' -> out.append("&#35;");
        case ':' -> out.append("&#58;");
        case '.' -> out.append("&#46;");
        case '\r', '\n', '\t' -> out.append(' ');
        case '\\',
                '`',
                '*',
                '_',
                '[',
                ']',
                '(',
                ')',
                '{',
                '}',
                '!',
                '|',
                '~',
                '+',
                '-',
                '=',
                '"',
                '\'' ->
            out.append('\\').append(c);
        default -> out.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return out.toString();
  }
}
