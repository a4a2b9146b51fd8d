package census.rules.operations;

import census.connector.ConnectorContext;
import census.model.Severity;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "SummaryMustEndWithAlphanumeric",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": ValueMustEndWithAlphanumeric"
            + "; "
            + Sources.AUTHORING
            + ", \"summary\"",
    doc = "An operation summary ends with a letter or digit: no trailing period, space or symbol.",
    fix = "Remove the trailing punctuation or space.")
public final class SummaryMustEndWithAlphanumeric implements Rule {
  @Override
  public void check(ConnectorContext connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          String summary = op.node().path("summary").asText("");
          if (!summary.isEmpty()
              && !Character.isLetterOrDigit(summary.codePointBefore(summary.length()))) {
            findings.at(
                doc,
                op.pointer() + "/summary",
                "summary \"" + summary + "\" does not end with a letter or digit");
          }
        });
  }
}
