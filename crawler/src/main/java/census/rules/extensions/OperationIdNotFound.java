package census.rules.extensions;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "OperationIdNotFound",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationIdNotFound",
    doc =
        "Every operation an extension invokes (x-ms-dynamic-values, -list, "
            + "-schema, -properties, -tree, x-ms-capabilities file-picker, "
            + "x-ms-notification, x-ms-operation-context) is an operationId of the "
            + "definition, with the same case.",
    fix = "Correct the operationId, or add the operation it names.")
public final class OperationIdNotFound implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Extensions.eachInvocation(
        connector,
        (ext, inv) -> {
          String id = inv.operationId();
          if (ext.operation(id).isEmpty()) {
            String near =
                ext.operations().stream()
                    .map(census.rules.SwaggerWalk.Operation::operationId)
                    .filter(other -> other != null && other.equalsIgnoreCase(id))
                    .findFirst()
                    .map(other -> " (\"" + other + "\" differs only in case)")
                    .orElse("");
            findings.at(
                ext.doc(),
                inv.callTrail().field("operationId").pointer(),
                inv.at().key() + " invokes \"" + id + "\", which is not an operationId" + near);
          }
        });
  }
}
