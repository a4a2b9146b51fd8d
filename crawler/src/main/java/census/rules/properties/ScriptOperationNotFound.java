package census.rules.properties;

import census.connector.ConnectorContext;
import census.model.Severity;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.info.Documents;
import com.google.auto.service.AutoService;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.Set;

@AutoService(Rule.class)
@RuleInfo(
    id = "ScriptOperationNotFound",
    severity = Severity.ERROR,
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
  public void check(ConnectorContext connector, Findings findings) {
    if (Documents.swagger(connector).isEmpty()) {
      return;
    }
    // Most connectors name no operation here: walk the definition only for those that do.
    Supplier<Set<String>> operations = Suppliers.memoize(() -> References.operationIds(connector));
    Documents.properties(connector)
        .ifPresent(
            doc -> {
              for (PropertiesNode name :
                  PropertiesNode.properties(doc).get("scriptOperations").elements()) {
                if (name.node().isTextual()
                    && !operations.get().contains(References.key(name.text()))) {
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
