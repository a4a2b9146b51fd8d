package census.rules.readme;

import census.connector.TextFile;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

  /**
   * Reports, in one finding on the file, every section that a non-blank {@code file} lacks; the
   * credentials section counts only for a connector that authenticates.
   */
  static void report(
      ConnectorIndex connector,
      Optional<TextFile> file,
      String name,
      List<Section> sections,
      Findings findings) {
    file.filter(f -> !f.text().isBlank())
        .ifPresent(
            f -> {
              List<String> missing = missing(f, sections, authenticates(connector));
              if (!missing.isEmpty()) {
                findings.file(f.file(), name + " lacks the sections " + String.join(", ", missing));
              }
            });
  }

  /** Security definitions in the definition, or connection parameters in apiProperties.json. */
  static boolean authenticates(ConnectorIndex connector) {
    boolean security =
        connector
            .definition()
            .map(d -> d.tree().path("securityDefinitions").size() > 0)
            .orElse(false);
    JsonNode props = connector.properties().map(d -> d.tree().path("properties")).orElse(null);
    boolean parameters =
        props != null
            && (props.path("connectionParameters").size() > 0
                || props.path("connectionParameterSets").size() > 0);
    return security || parameters;
  }
}
