package census.rules.responses;

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
    id = "OperationMustHaveResponse",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationMustHaveResponse",
    doc = "Every operation declares at least one response.",
    fix =
        "Add a 200 (or other 2xx) response with a description and, where there is content, a schema.")
public final class OperationMustHaveResponse implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          if (op.node().path("responses").isEmpty()) {
            findings.at(doc, op.pointer(), op.label() + " declares no response");
          }
        });
  }
}
