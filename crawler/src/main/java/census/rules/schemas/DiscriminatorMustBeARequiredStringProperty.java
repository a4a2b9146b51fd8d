package census.rules.schemas;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.SchemaWalk;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "DiscriminatorMustBeARequiredStringProperty",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": DiscriminatorMustBeARequiredStringProperty; Swagger 2.0",
    doc =
        "A schema's discriminator names one of its own properties (or of an inline allOf"
            + " member) that is of type string and listed in required, since its value picks the"
            + " schema that applies. A property that is a $ref is judged by the schema it names.",
    fix = "Add the property with type string and list it under required, or fix the name.")
public final class DiscriminatorMustBeARequiredStringProperty implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SchemaWalk.eachSchema(
        connector,
        (doc, s) -> {
          JsonNode discriminator = s.node().get("discriminator");
          if (discriminator == null || !discriminator.isTextual()) {
            return;
          }
          String name = discriminator.asText();
          JsonNode property = find(s.node(), name);
          if (property != null) {
            property = SwaggerWalk.resolve(doc.tree(), property);
          }
          String problem =
              property == null
                  ? "is not a property of the schema"
                  : !"string".equals(property.path("type").asText())
                      ? "is not of type string"
                      : !required(s.node(), name) ? "is not required" : null;
          if (problem != null) {
            findings.at(
                doc, s.pointer() + "/discriminator", "discriminator " + name + " " + problem);
          }
        });
  }

  private static JsonNode find(JsonNode schema, String name) {
    JsonNode own = schema.path("properties").get(name);
    if (own != null) {
      return own;
    }
    for (JsonNode member : schema.path("allOf")) {
      JsonNode p = member.path("properties").get(name);
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  private static boolean required(JsonNode schema, String name) {
    if (Required.lists(schema, name)) {
      return true;
    }
    for (JsonNode member : schema.path("allOf")) {
      if (Required.lists(member, name)) {
        return true;
      }
    }
    return false;
  }
}
