package census.rules.operations;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "DescriptionContainsUrl",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.AUTHORING + ", \"descriptions ... no URLs\"",
    doc =
        "Operation and parameter descriptions hold no URLs: they are shown as plain text and translated.",
    fix = "Move links to the readme or the connector's documentation.",
    version = 2)
public final class DescriptionContainsUrl implements Rule {
  /** An http or https address. */
  public static final java.util.regex.Pattern URL =
      java.util.regex.Pattern.compile("(?i)\\bhttps?://\\S+");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          for (String key : java.util.List.of("summary", "description")) {
            if (URL.matcher(op.node().path(key).asText("")).find()) {
              findings.at(
                  doc, op.pointer() + "/" + key, "the operation's " + key + " contains a URL");
            }
          }
        });
    SwaggerWalk.eachWrittenParameter(
        connector,
        (doc, op, p) -> {
          if (URL.matcher(p.node().path("description").asText("")).find()) {
            findings.at(
                doc,
                p.pointer() + "/description",
                "parameter \"" + p.name() + "\": description contains a URL");
          }
        });
  }
}
