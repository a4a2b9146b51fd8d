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
    id = "AdditionalPropertyNotAllowedAdjacentToRef",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": AdditionalPropertyNotAllowedAdjacentToRef; Swagger 2.0, Reference Object",
    doc =
        "An object with a $ref (a path item, parameter, response or schema) holds nothing else"
            + " but x- extensions: Swagger 2.0 replaces the object with the one referred to, so a"
            + " sibling such as description or type next to $ref is ignored.",
    fix =
        "Move the field into the definition referred to, or replace the $ref with the schema"
            + " written out.")
public final class AdditionalPropertyNotAllowedAdjacentToRef implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerObjects.eachObject(
        connector,
        (doc, o) -> {
          if (!o.node().has("$ref")) {
            return;
          }
          for (Map.Entry<String, JsonNode> f : SwaggerWalk.fields(o.node())) {
            String name = f.getKey();
            if (!name.equals("$ref") && !name.startsWith("x-")) {
              findings.at(
                  doc,
                  o.pointer() + "/" + JsonDocument.escape(name),
                  "\"" + name + "\" next to $ref is ignored");
            }
          }
        });
  }
}
