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
    id = "OperationIdTooLong",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationIdTooLong",
    doc = "operationId is at most 80 characters.",
    fix = "Shorten the operationId.")
public final class OperationIdTooLong implements Rule {
  static final int MAX = 80;

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          String id = op.operationId();
          if (id != null && id.length() > MAX) {
            findings.at(
                doc,
                op.pointer() + "/operationId",
                "operationId is " + id.length() + " characters; the limit is " + MAX);
          }
        });
  }
}
