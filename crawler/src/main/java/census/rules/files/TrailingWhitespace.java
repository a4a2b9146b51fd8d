package census.rules.files;

import census.json.Edit;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Fixability;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;
import java.util.Optional;

@AutoService(Rule.class)
@RuleInfo(
    id = "TrailingWhitespace",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json", "apiProperties.json", "settings.json"},
    source = Sources.AUTHORING + ", \"File formatting\": remove trailing whitespace from all lines",
    doc =
        "No line of a connector JSON file ends in spaces or tabs. The first few offending lines"
            + " of a file are reported, then a count of the rest.",
    fix = "Strip trailing white space (VS Code: \"files.trimTrailingWhitespace\": true).",
    fixability = Fixability.SAFE,
    fixSafety =
        "White space between JSON tokens carries nothing; a line that starts inside a string of a"
            + " leniently read file is left alone.")
public final class TrailingWhitespace implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .jsonFiles()
        .forEach(
            doc ->
                JsonLines.report(
                    doc, findings, TrailingWhitespace::offence, "with trailing white space"));
  }

  static Optional<JsonLines.Offence> offence(JsonLines.Line line) {
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
      end--;
    }
    if (end == line.length()) {
      return Optional.empty();
    }
    Optional<Edit> fix =
        line.inString()
            ? Optional.empty()
            : Optional.of(new Edit(line.offset() + end, line.offset() + line.length(), ""));
    return Optional.of(
        new JsonLines.Offence(
            end + 1, (line.length() - end) + " trailing white-space characters", fix));
  }
}
