package census.rules.readme;

import census.connector.TextFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sections of a Markdown template, found loosely among a file's headings. */
final class TemplateSections {
  /**
   * A section of the template: its title, the words of a heading that stand for it, whether only a
   * connector that authenticates needs it, and a line that stands for it anywhere (or null).
   */
  record Section(String title, Pattern heading, boolean onlyWhenAuthenticating, Pattern line) {
    Section(String title, String heading) {
      this(title, Pattern.compile(heading), false, null);
    }

    Section whenAuthenticating() {
      return new Section(title, heading, true, line);
    }

    Section orLine(String regex) {
      return new Section(
          title, heading, onlyWhenAuthenticating, Pattern.compile(regex, Pattern.MULTILINE));
    }
  }

  /** ATX headings ("## Title"), and lines that are bold alone ("**Title**"). */
  private static final Pattern HEADING =
      Pattern.compile(
          "^ {0,3}(?:#{1,6}\\s*(.+?)\\s*#*|\\*\\*(.+?)\\*\\*\\s*:?)\\s*$", Pattern.MULTILINE);

  private TemplateSections() {}

  /** The file's headings, lower case. */
  static List<String> headings(TextFile file) {
    List<String> headings = new ArrayList<>();
    Matcher m = HEADING.matcher(file.text());
    while (m.find()) {
      headings.add((m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT));
    }
    return headings;
  }

  /** The titles of the sections {@code file} lacks, in the template's order. */
  static List<String> missing(TextFile file, List<Section> sections, boolean authenticates) {
    List<String> headings = headings(file);
    List<String> missing = new ArrayList<>();
    for (Section section : sections) {
      if (section.onlyWhenAuthenticating() && !authenticates) {
        continue;
      }
      boolean found = headings.stream().anyMatch(h -> section.heading().matcher(h).find());
      if (!found && (section.line() == null || !section.line().matcher(file.text()).find())) {
        missing.add(section.title());
      }
    }
    return missing;
  }
}
