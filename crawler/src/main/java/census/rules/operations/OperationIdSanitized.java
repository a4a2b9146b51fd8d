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
    id = "OperationIdSanitized",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationIdSanitized",
    doc =
        "operationId holds letters and digits only: the platform strips anything else, which can make two ids collide.",
    fix = "Remove hyphens, underscores, spaces and other symbols from the operationId.")
public final class OperationIdSanitized implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          String id = op.operationId();
          if (id != null
              && !id.isEmpty()
              && !id.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
            findings.at(
                doc,
                op.pointer() + "/operationId",
                "operationId \"" + id + "\" has characters other than letters and digits");
          }
        });
  }
}
