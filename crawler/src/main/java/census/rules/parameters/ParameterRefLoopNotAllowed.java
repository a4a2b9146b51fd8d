package census.rules.parameters;

import census.connector.ConnectorContext;
import census.json.JsonDocument;
import census.model.Severity;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.Map;

@AutoService(Rule.class)
@RuleInfo(
    id = "ParameterRefLoopNotAllowed",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": ParameterRefLoopNotAllowed",
    doc =
        "A parameter defined under #/parameters is a parameter object, not a $ref to another"
            + " definition: chains of references (and loops of them) are not followed.",
    fix = "Write the parameter out, or reference the target directly where it is used.")
public final class ParameterRefLoopNotAllowed implements Rule {
  @Override
  public void check(ConnectorContext connector, Findings findings) {
    connector
        .swagger()
        .ifPresent(
            doc -> {
              for (Map.Entry<String, JsonNode> p :
                  SwaggerWalk.fields(doc.tree().path("parameters"))) {
                if (p.getValue().has("$ref")) {
                  findings.at(
                      doc,
                      "/parameters/" + JsonDocument.escape(p.getKey()) + "/$ref",
                      "parameter definition " + p.getKey() + " is a $ref");
                }
              }
            });
  }
}
