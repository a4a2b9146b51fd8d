package census.rules.operations;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Fixability;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import census.rules.TextFixes;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "DescriptionNotASentence",
    severity = Severity.INFO,
    files = {"apiDefinition.swagger.json"},
    source = Sources.AUTHORING + ", \"descriptions ... full sentences\"",
    doc = "Operation and parameter descriptions are full sentences that end with punctuation.",
    fix = "End the description with a period (or ? or !).",
    fixability = Fixability.SAFE,
    fixSafety =
        "A description is help text the designer shows; nothing is sent or returned by it. The"
            + " fix adds a full stop after a final letter, digit or closing bracket; a description"
            + " ending in a URL, a path, code or a symbol gets none.",
    version = 2)
public final class DescriptionNotASentence implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) ->
            check(doc, op.node().path("description"), op.pointer() + "/description", findings));
    SwaggerWalk.eachWrittenParameter(
        connector,
        (doc, op, p) ->
            check(doc, p.node().path("description"), p.pointer() + "/description", findings));
  }

  private static void check(
      census.json.JsonDocument doc,
      com.fasterxml.jackson.databind.JsonNode description,
      String pointer,
      Findings findings) {
    String text = description.asText("").strip();
    if (!text.isEmpty() && ".?!)\"'`:".indexOf(text.charAt(text.length() - 1)) < 0) {
      findings.at(
          doc,
          pointer,
          "description \"" + abbreviate(text) + "\" does not end with punctuation",
          TextFixes.replace(doc, pointer, TextFixes.withFullStop(description.asText())));
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
