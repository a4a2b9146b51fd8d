package census.rules.parameters;

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
    id = "ParameterSummaryMissing",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source = Sources.AUTHORING + ", \"x-ms-summary— Required on every parameter\"",
    doc = "Every parameter other than a body carries x-ms-summary, its label in the designer.",
    fix = "Add \"x-ms-summary\" in Title Case, e.g. \"Task ID\" for taskId.",
    version = 2)
public final class ParameterSummaryMissing implements Rule {
  @Override
  public void check(ConnectorContext connector, Findings findings) {
    SwaggerWalk.eachWrittenParameter(
        connector,
        (doc, op, p) -> {
          if (!p.in().equals("body")
              && !p.internal()
              && p.node().path("x-ms-summary").asText("").isBlank()) {
            findings.at(doc, p.pointer(), "parameter \"" + p.name() + "\" has no x-ms-summary");
          }
        });
  }
}
