package census.rules.files;

import census.json.JsonDocument;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;
import java.util.Optional;

@AutoService(Rule.class)
@RuleInfo(
    id = "JsonIndentation",
    severity = Severity.INFO,
    files = {"apiDefinition.swagger.json", "apiProperties.json", "settings.json"},
    source = Sources.AUTHORING + ", \"File formatting\": soft tabs with 4 spaces, no hard tabs",
    doc =
        "Connector JSON files are indented with spaces, four per level, and no tab characters. A"
            + " file whose top level is indented by another step gets one finding (paconn writes 2"
            + " spaces, as do 97% of the files on dev, which is why this is advice); otherwise the"
            + " first few offending lines are reported, then a count of the rest.",
    fix =
        "Reformat the file with a 4-space indent (VS Code: \"editor.tabSize\": 4,"
            + " \"editor.insertSpaces\": true, then Format Document).")
public final class JsonIndentation implements Rule {
  static final int STEP = 4;

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector.jsonFiles().forEach(doc -> check(doc, findings));
  }

  private static void check(JsonDocument doc, Findings findings) {
    // The file's own step is the indentation of its first indented line: the top level.
    int[] first = {0, 0}; // width, line number
    JsonLines.forEach(
        doc,
        line -> {
          int width = line.indent();
          if (!line.inString() && width > 0 && width < line.length()) {
            first[0] = width;
            first[1] = line.number();
            return false;
          }
          return true;
        });
    if (first[0] == 0 || first[0] == STEP) {
      JsonLines.report(doc, findings, JsonIndentation::offence, "indented otherwise");
      return;
    }
    findings.atLine(
        doc.file(),
        first[1],
        1,
        "the file is indented by "
            + first[0]
            + (first[0] == 1 ? " space" : " spaces")
            + " per level; the guide asks for "
            + STEP);
    if (doc.text().indexOf('\t') >= 0) {
      JsonLines.report(doc, findings, JsonIndentation::tab, "indented with a tab");
    }
  }

  static Optional<JsonLines.Offence> tab(JsonLines.Line line) {
    if (line.inString() || line.indent() >= 0) {
      return Optional.empty();
    }
    int column = 1;
    while (line.charAt(column - 1) != '\t') {
      column++;
    }
    return Optional.of(new JsonLines.Offence(column, "indented with a tab character"));
  }

  static Optional<JsonLines.Offence> offence(JsonLines.Line line) {
    if (line.inString()) {
      return Optional.empty(); // the continuation of a multi-line string is content, not layout
    }
    int width = line.indent();
    if (width < 0) {
      return tab(line);
    }
    if (width == line.length() || width % STEP == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new JsonLines.Offence(
            width + 1, "indented by " + width + " spaces, not a multiple of " + STEP));
  }
}
