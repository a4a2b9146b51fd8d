package census.rules.parameters;

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
    id = "ParameterSummaryMissing",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.AUTHORING
            + ", \"x-ms-summary— Required on every parameter\"; "
            + Sources.A_TO_Z
            + ", \"Any element, such as a parameter, that may be displayed in the user interface"
            + " ... should have an x-ms-summary\"",
    doc =
        "Every parameter the designer can show carries x-ms-summary, its label there. A body"
            + " parameter (shown as its schema's properties), an internal parameter and the"
            + " parameters of an internal operation (a webhook's delete, a source of dynamic"
            + " values), which no user sees, are exempt.",
    fix = "Add \"x-ms-summary\" in Title Case, e.g. \"Task ID\" for taskId.",
    version = 3)
public final class ParameterSummaryMissing implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachWrittenParameter(
        connector,
        (doc, op, p) -> {
          if (!p.in().equals("body")
              && p.shown(doc.tree(), op)
              && p.node().path("x-ms-summary").asText("").isBlank()) {
            findings.at(doc, p.pointer(), "parameter \"" + p.name() + "\" has no x-ms-summary");
          }
        });
  }
}
