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
    id = "OperationHasManyResponsesWithSchema",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationHasManyResponsesWithSchema",
    doc =
        "At most one success (2xx) response of an operation carries a schema: the designer builds"
            + " the action's outputs from one schema only and ignores the others. Schemas on error"
            + " and default responses are ErrorResponseHasSchema's and DefaultResponseHasSchema's.",
    fix = "Keep the schema on the success response the outputs come from; remove the others.")
public final class OperationHasManyResponsesWithSchema implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          String first = null;
          for (SwaggerWalk.Response r : SwaggerWalk.responses(root, op)) {
            if (!r.status().startsWith("2") || !r.node().path("schema").isObject()) {
              continue;
            }
            if (first == null) {
              first = r.status();
            } else {
              findings.at(
                  doc,
                  r.pointer(),
                  "response "
                      + r.status()
                      + " carries a schema besides response "
                      + first
                      + "'s; the designer uses one");
            }
          }
        });
  }
}
