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
    id = "OperationSummaryMissing",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.AUTHORING + ", \"summary— Required for every operation\"",
    doc = "Every operation has a summary: it is the action's name in the designer.",
    fix = "Add a short sentence-case summary such as \"List tasks\".")
public final class OperationSummaryMissing implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          if (op.node().path("summary").asText("").isBlank()) {
            findings.at(doc, op.pointer(), op.label() + " has no summary");
          }
        });
  }
}
