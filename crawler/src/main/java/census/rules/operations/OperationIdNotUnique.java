package census.rules.operations;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Enforcement;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "OperationIdNotUnique",
    severity = Severity.ERROR,
    enforcedBy = Enforcement.FORMAT,
    rationale =
        "Swagger 2.0 requires operationId to be unique, and the platform names actions and triggers by it: two operations with one id cannot both be imported.",
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": OperationIdNotUnique"
            + "; "
            + Sources.AUTHORING
            + ", \"operationId\"",
    doc = "operationId is unique across the definition's operations.",
    fix = "Rename one of the operations sharing the id.")
public final class OperationIdNotUnique implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    java.util.Map<String, String> first = new java.util.HashMap<>();
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          String id = op.operationId();
          if (id == null || id.isBlank()) {
            return;
          }
          String earlier = first.putIfAbsent(id, op.label());
          if (earlier != null) {
            findings.at(
                doc,
                op.pointer() + "/operationId",
                "operationId \"" + id + "\" is also used by " + earlier);
          }
        });
  }
}
