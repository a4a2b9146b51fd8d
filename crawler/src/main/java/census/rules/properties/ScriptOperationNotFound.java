package census.rules.properties;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "ScriptOperationNotFound",
    severity = Severity.WARNING,
    files = {"apiProperties.json", "apiDefinition.swagger.json"},
    source =
        Sources.AUTHORING
            + ", \"Custom Code (script.csx)\"; "
            + Sources.VALIDATOR
            + ": OperationIdNotFound (the same check for the definition's own references)",
    doc =
        "Every name in properties.scriptOperations, the operations whose requests run through"
            + " script.csx, is an operationId of the definition.",
    fix = "Correct the operationId, or drop it from scriptOperations.")
public final class ScriptOperationNotFound implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    References.withUnknownOperation(
        connector,
        (doc, unknown) -> {
          for (PropertiesNode name :
              PropertiesNode.properties(doc).get("scriptOperations").elements()) {
            if (unknown.test(name)) {
              findings.at(
                  doc,
                  name.pointer(),
                  "scriptOperations names \""
                      + name.text()
                      + "\", which is not an operationId of the definition");
            }
          }
        });
  }
}
