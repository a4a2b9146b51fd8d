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
    id = "SuccessResponseSchemaEmpty",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.AUTHORING + ", \"Skip response schemas (breaks dynamic content)\"",
    doc =
        "A 2xx response schema describes its content: an empty schema gives flows no dynamic content.",
    fix = "Describe the response's properties, or drop the schema if the response has no body.")
public final class SuccessResponseSchemaEmpty implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachResponse(
        connector,
        (doc, op, r) -> {
          com.fasterxml.jackson.databind.JsonNode schema = r.node().path("schema");
          if (r.status().startsWith("2") && schema.isObject() && isEmpty(schema)) {
            findings.at(
                doc, r.pointer() + "/schema", "the " + r.status() + " response's schema is empty");
          }
        });
  }

  static boolean isEmpty(com.fasterxml.jackson.databind.JsonNode schema) {
    if (schema.has("$ref")
        || schema.has("items")
        || schema.has("allOf")
        || schema.has("x-ms-dynamic-schema")
        || schema.has("x-ms-dynamic-properties")
        || schema.has("additionalProperties")) {
      return false;
    }
    String type = schema.path("type").asText("object");
    return type.equals("object") && schema.path("properties").isEmpty();
  }
}
