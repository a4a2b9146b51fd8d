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
    id = "JsonTypeIncorrect",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": JsonTypeIncorrect; Swagger 2.0 (the fields of each object)",
    doc =
        "Each field Swagger 2.0 defines on a path item, operation, parameter, response, header,"
            + " items or schema has the JSON type the specification gives it: \"required\" of a"
            + " parameter is true or false (not \"true\"), \"required\" of a schema is an array of"
            + " names, maxLength is an integer, enum an array, properties an object.",
    fix = "Write the value with the JSON type the specification gives the field.")
public final class JsonTypeIncorrect implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerObjects.eachObject(
        connector,
        (doc, o) -> {
          Map<String, SwaggerFields.Json> fields = SwaggerFields.FIELDS.get(o.kind());
          for (Map.Entry<String, JsonNode> f : SwaggerWalk.fields(o.node())) {
            SwaggerFields.Json expected = fields.get(f.getKey());
            if (expected != null && !expected.accepts(f.getValue())) {
              findings.at(
                  doc,
                  o.pointer() + "/" + JsonDocument.escape(f.getKey()),
                  f.getKey()
                      + " is "
                      + SchemaTypes.jsonType(f.getValue())
                      + ", expected "
                      + expected.label());
            }
          }
        });
  }
}
