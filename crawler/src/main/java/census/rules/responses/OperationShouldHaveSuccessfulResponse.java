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
    id = "OperationShouldHaveSuccessfulResponse",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationShouldHaveSuccessfulResponse",
    doc = "Every operation declares a 2xx response: the designer builds outputs from it.",
    fix = "Add the 2xx response the service returns.")
public final class OperationShouldHaveSuccessfulResponse implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          java.util.List<SwaggerWalk.Response> responses = SwaggerWalk.responses(root, op);
          if (!responses.isEmpty()
              && responses.stream().noneMatch(r -> r.status().startsWith("2"))) {
            findings.at(doc, op.pointer() + "/responses", op.label() + " has no 2xx response");
          }
        });
  }
}
