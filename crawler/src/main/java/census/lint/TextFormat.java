package census.lint;

import census.model.Severity;
import census.rules.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Lint findings for people: one line per finding, {@code file:line:col severity rule-id message},
 * grouped by file, with a count at the end (suppressed findings are only counted). A finding {@code
 * --fix} would fix is marked {@value #FIXABLE}, as Ruff marks it, and the end says how many there
 * are. Colour only when asked (a terminal without NO_COLOR).
 */
public final class TextFormat {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";

  static final String FIXABLE = "[*]";

  private TextFormat() {}

  /** Colour when stdout is a terminal and NO_COLOR (https://no-color.org) is unset or empty. */
  public static boolean colourWanted(boolean terminal, String noColorEnv) {
    return terminal && (noColorEnv == null || noColorEnv.isEmpty());
  }

  /**
   * The report as text.
   *
   * @param unsafeFixes whether --unsafe-fixes was given, so that unsafe fixes count as fixable
   */
  public static String render(LintReport report, Path base, boolean colour, boolean unsafeFixes) {
    DisplayPaths paths = new DisplayPaths(base);
    StringBuilder out = new StringBuilder();
    Path previous = null;
    for (LintReport.Entry entry : report.entries()) {
      if (entry.suppressed()) {
        continue;
      }
      if (previous != null && !previous.equals(entry.file())) {
        out.append('\n');
      }
      previous = entry.file();
      Finding f = entry.finding();
      String where = paths.show(entry.file());
      if (f.line() > 0) {
        where += ":" + f.line() + ":" + f.column();
      }
      out.append(paint(colour, BOLD, where))
          .append(' ')
          .append(paint(colour, colourOf(f.severity()), f.severity().id()))
          .append(' ')
          .append(paint(colour, DIM, f.ruleId()))
          .append(fixable(f, unsafeFixes) ? " " + FIXABLE : "")
          .append(' ')
          .append(printable(f.message()))
          .append('\n');
    }
    if (previous != null) {
      out.append('\n');
    }
    out.append(summary(report)).append('\n');
    fixes(report, unsafeFixes).ifPresent(line -> out.append(line).append('\n'));
    return out.toString();
  }

  private static boolean fixable(Finding f, boolean unsafeFixes) {
    return f.fix().map(fix -> fix.safe() || unsafeFixes).orElse(false);
  }

  /** How many of the listed findings --fix would fix, and how many more --unsafe-fixes would. */
  static Optional<String> fixes(LintReport report, boolean unsafeFixes) {
    List<Finding> listed =
        report.entries().stream()
            .filter(e -> !e.suppressed())
            .map(LintReport.Entry::finding)
            .toList();
    long fixable = listed.stream().filter(f -> fixable(f, unsafeFixes)).count();
    long unsafe =
        unsafeFixes ? 0 : listed.stream().filter(f -> f.fix().isPresent()).count() - fixable;
    if (fixable == 0 && unsafe == 0) {
      return Optional.empty();
    }
    String line =
        fixable
            + " "
            + FIXABLE
            + (fixable == 1 ? " finding is" : " findings are")
            + " fixable with --fix";
    if (unsafe > 0) {
      line += " (" + unsafe + " more with --unsafe-fixes)";
    }
    return Optional.of(line);
  }

  static String summary(LintReport report) {
    return counts(report)
        + report
            .comparison()
            .map(
                c ->
                    "; "
                        + plural(c.unchanged().size(), "finding")
                        + " already in "
                        + c.base()
                        + " not shown")
            .orElse("");
  }

  private static String counts(LintReport report) {
    String folders = report.folders() + (report.folders() == 1 ? " folder" : " folders");
    long suppressed = report.suppressed();
    String tail = suppressed == 0 ? "" : ", " + suppressed + " suppressed";
    if (report.entries().size() == suppressed) {
      String fresh = report.comparison().isPresent() ? "new " : "";
      return "no " + fresh + "findings in " + folders + tail;
    }
    return plural(report.count(Severity.ERROR), "error")
        + ", "
        + plural(report.count(Severity.WARNING), "warning")
        + ", "
        + report.count(Severity.INFO)
        + " info in "
        + folders
        + tail;
  }

  /**
   * Messages quote connector content: control characters must not reach the terminal, nor
   * bidirectional overrides that would make a line read other than it is (Trojan Source).
   */
  static String printable(String text) {
    int i = 0;
    while (i < text.length() && !hidden(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text; // most messages: nothing to escape, nothing to copy
    }
    StringBuilder s = new StringBuilder(text.length() + 8).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (hidden(c)) {
        s.append(String.format("\\u%04x", (int) c));
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }

  private static boolean hidden(char c) {
    return Character.isISOControl(c)
        || c == '\u200e'
        || c == '\u200f'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static String colourOf(Severity severity) {
    return switch (severity) {
      case ERROR -> "\u001b[31;1m";
      case WARNING -> "\u001b[33m";
      case INFO -> "\u001b[36m";
    };
  }

  private static String paint(boolean colour, String code, String text) {
    return colour ? code + text + RESET : text;
  }
}
