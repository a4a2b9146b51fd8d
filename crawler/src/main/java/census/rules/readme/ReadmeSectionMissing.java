package census.rules.readme;

import census.connector.ConnectorContext;
import census.connector.TextFile;
import census.model.ConnectorKind;
import census.model.Severity;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@AutoService(Rule.class)
@RuleInfo(
    id = "ReadmeSectionMissing",
    severity = Severity.WARNING,
    kinds = {ConnectorKind.CERTIFIED, ConnectorKind.INDEPENDENT_PUBLISHER},
    files = {"readme.md", "apiDefinition.swagger.json", "apiProperties.json"},
    source =
        Sources.AUTHORING
            + ", PR checklist: \"readme.md / intro.md follows template (Publisher, Prerequisites,"
            + " Operations, Credentials, Known Issues)\"",
    doc =
        "readme.md has the sections of the template: Publisher, Prerequisites, Supported"
            + " Operations, Obtaining Credentials (only when the connector authenticates) and Known"
            + " Issues and Limitations. Headings are matched loosely (\"Pre-requisites\", \"How to"
            + " get credentials\", \"Supported Actions\"); a \"Publisher: name\" line counts as the"
            + " Publisher section. One finding per readme names every missing section.",
    fix = "Add the missing sections as Markdown headings (## Prerequisites, and so on).")
public final class ReadmeSectionMissing implements Rule {
  /** A template section and the heading words that stand for it. */
  enum Section {
    PUBLISHER("Publisher", "publisher"),
    PREREQUISITES("Prerequisites", "pre-?\\s?requisite|requirement"),
    OPERATIONS("Supported Operations", "operation|action|trigger"),
    CREDENTIALS(
        "Obtaining Credentials",
        "credential|api key|authenticat|authoriz|access token|get(ting)? started|set ?up|configur"),
    KNOWN_ISSUES("Known Issues and Limitations", "known issue|limitation");

    final String title;
    final Pattern heading;

    Section(String title, String heading) {
      this.title = title;
      this.heading = Pattern.compile(heading);
    }
  }

  /** ATX headings ("## Title"), and lines that are bold alone ("**Title**"). */
  private static final Pattern HEADING =
      Pattern.compile(
          "^ {0,3}(?:#{1,6}\\s*(.+?)\\s*#*|\\*\\*(.+?)\\*\\*\\s*:?)\\s*$", Pattern.MULTILINE);

  private static final Pattern PUBLISHER_LINE =
      Pattern.compile("^\\W*publisher\\W*:", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);

  @Override
  public void check(ConnectorContext connector, Findings findings) {
    connector
        .readme()
        .filter(r -> !r.text().isBlank())
        .ifPresent(
            readme -> {
              List<String> missing = missing(readme, authenticates(connector));
              if (!missing.isEmpty()) {
                findings.file(
                    readme.file(), "readme.md lacks the sections " + String.join(", ", missing));
              }
            });
  }

  static List<String> missing(TextFile readme, boolean authenticates) {
    List<String> headings = new ArrayList<>();
    Matcher m = HEADING.matcher(readme.text());
    while (m.find()) {
      headings.add((m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT));
    }
    List<String> missing = new ArrayList<>();
    for (Section section : Section.values()) {
      if (section == Section.CREDENTIALS && !authenticates) {
        continue;
      }
      boolean found = headings.stream().anyMatch(h -> section.heading.matcher(h).find());
      if (!found
          && !(section == Section.PUBLISHER && PUBLISHER_LINE.matcher(readme.text()).find())) {
        missing.add(section.title);
      }
    }
    return missing;
  }

  /** Security definitions in the definition, or connection parameters in apiProperties.json. */
  static boolean authenticates(ConnectorContext connector) {
    boolean security =
        connector.swagger().map(d -> d.tree().path("securityDefinitions").size() > 0).orElse(false);
    JsonNode props = connector.properties().map(d -> d.tree().path("properties")).orElse(null);
    boolean parameters =
        props != null
            && (props.path("connectionParameters").size() > 0
                || props.path("connectionParameterSets").size() > 0);
    return security || parameters;
  }
}
