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
    id = "OperationIdRequired",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationIdRequired",
    doc = "Every operation has an operationId: flows and the designer refer to operations by it.",
    fix = "Add a unique PascalCase operationId, e.g. \"ListTasks\".")
public final class OperationIdRequired implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          if (op.node().path("operationId").asText("").isBlank()) {
            findings.at(doc, op.pointer(), op.label() + " has no operationId");
          }
        });
  }
}
