package census.rules.schemas;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.SchemaWalk;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "InvalidEnumValue",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": InvalidEnumValue",
    doc =
        "Every value an enum lists has the JSON type of the schema, parameter, items or header it"
            + " belongs to (\"1\" is not a value of an integer; null is left alone, as"
            + " x-nullable schemas list it).",
    fix = "Write each enum value as a value of the declared type, or correct the type.")
public final class InvalidEnumValue implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              for (SchemaWalk.Schema s : SwaggerObjects.typed(connector)) {
                JsonNode values = s.node().get("enum");
                JsonNode type = s.node().get("type");
                if (values == null || !values.isArray() || type == null || !type.isTextual()) {
                  continue;
                }
                for (int i = 0; i < values.size(); i++) {
                  JsonNode value = values.get(i);
                  if (!value.isNull() && !SchemaTypes.fits(type.asText(), value)) {
                    findings.at(
                        doc,
                        s.pointer() + "/enum/" + i,
                        "enum value "
                            + DefaultValueMustMatchType.abbreviate(value)
                            + " is "
                            + SchemaTypes.jsonType(value)
                            + ", not of type "
                            + type.asText());
                  }
                }
              }
            });
  }
}
