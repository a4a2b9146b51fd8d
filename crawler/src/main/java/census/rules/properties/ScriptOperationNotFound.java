package census.rules.properties;

import census.connector.ConnectorContext;
import census.model.Severity;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.info.Documents;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
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
  static final String POINTER = "/properties/scriptOperations";

  @Override
  public void check(ConnectorContext connector, Findings findings) {
    if (Documents.swagger(connector).isEmpty()) {
      return;
    }
    Set<String> operations = References.operationIds(connector);
    Documents.properties(connector)
        .ifPresent(
            doc -> {
              JsonNode names = doc.tree().at(POINTER);
              for (int i = 0; i < names.size(); i++) {
                JsonNode name = names.get(i);
                if (name.isTextual() && !operations.contains(References.key(name.asText()))) {
                  findings.at(
                      doc,
                      POINTER + "/" + i,
                      "scriptOperations names \""
                          + name.asText()
                          + "\", which is not an operationId of the definition");
                }
              }
            });
  }
}
