package census.rules.schemas;

import census.json.JsonDocument;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "RequiredReadOnlyPropertyNotAllowedAsInput",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR + ": RequiredReadOnlyPropertyNotAllowedAsInput; Swagger 2.0 (readOnly)",
    doc =
        "A property of a request body (its schema, or a definition a body refers to) is not both"
            + " readOnly and required: readOnly properties are never sent in a request, so a"
            + " required one can never be satisfied.",
    fix =
        "Drop the property from required, or remove readOnly (a definition shared by request and"
            + " response may need a separate request definition).")
public final class RequiredReadOnlyPropertyNotAllowedAsInput implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SchemaGraph.eachSchema(
        connector,
        (doc, graph, s) -> {
          JsonNode required = s.node().path("required");
          if (!required.isArray() || required.isEmpty() || !graph.isInput(s)) {
            return;
          }
          for (JsonNode name : required) {
            JsonNode property = s.node().path("properties").path(name.asText());
            if (property.path("readOnly").asBoolean(false)) {
              findings.at(
                  doc,
                  s.pointer() + "/properties/" + JsonDocument.escape(name.asText()),
                  "property \"" + name.asText() + "\" of a request is required and readOnly");
            }
          }
        });
  }
}
