package census.rules.schemas;

import census.json.JsonDocument;
import census.model.Severity;
import census.rules.ConnectorIndex;
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
    id = "InternalPropertyWithDefaultOptional",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": InternalPropertyWithDefaultOptional",
    doc =
        "A property of a request body with x-ms-visibility internal and a default is listed in"
            + " its object's required: the user never sees it, and an optional one may never be"
            + " sent, default or not (parameters are checked by PropertyMustBeRequired).",
    fix = "List the property under the object's required, or make it visible.")
public final class InternalPropertyWithDefaultOptional implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SchemaGraph.eachSchema(
        connector,
        (doc, graph, s) -> {
          if (!s.node().has("properties") || !graph.isInput(s)) {
            return;
          }
          for (Map.Entry<String, JsonNode> p : SwaggerWalk.fields(s.node().path("properties"))) {
            JsonNode property = p.getValue();
            if ("internal".equals(property.path("x-ms-visibility").asText())
                && property.has("default")
                && !Required.lists(s.node(), p.getKey())) {
              findings.at(
                  doc,
                  s.pointer() + "/properties/" + JsonDocument.escape(p.getKey()),
                  "internal property \"" + p.getKey() + "\" has a default but is not required");
            }
          }
        });
  }
}
