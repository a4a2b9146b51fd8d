package census.rules.schemas;

import census.json.JsonEdits;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Fixability;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.SchemaWalk;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "DefaultValueMustMatchType",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": DefaultValueMustMatchType",
    doc =
        "The default of a schema, parameter, items or header has the JSON type its declared type"
            + " calls for: a string for string, a whole number for integer, a number for number,"
            + " true or false for boolean, an array for array, an object for object. \"10\" is a"
            + " string, not an integer, and the platform sends it as one.",
    fix = "Write the default as a value of the declared type (10, not \"10\"; true, not \"true\").",
    fixability = Fixability.UNSAFE,
    fixSafety =
        "A string that spells a value of the type exactly (\"true\", \"10\", \"2.5\") is written as"
            + " that value: a body then carries a boolean or number where it carried a string, and"
            + " the designer shows the field's default as typed. Other values get no fix.")
public final class DefaultValueMustMatchType implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              for (SchemaWalk.Schema s : SwaggerObjects.typed(connector)) {
                JsonNode value = s.node().get("default");
                JsonNode type = s.node().get("type");
                if (value == null || value.isNull() || type == null || !type.isTextual()) {
                  continue;
                }
                if (!SchemaTypes.fits(type.asText(), value)) {
                  String pointer = s.pointer() + "/default";
                  findings.at(
                      doc,
                      pointer,
                      "default "
                          + abbreviate(value)
                          + " is "
                          + SchemaTypes.jsonType(value)
                          + ", not of type "
                          + type.asText(),
                      TypedLiterals.of(type.asText(), value)
                          .flatMap(literal -> JsonEdits.replaceValue(doc, pointer, literal))
                          .stream()
                          .toList());
                }
              }
            });
  }

  static String abbreviate(JsonNode value) {
    String text = value.toString();
    return text.length() > 40 ? text.substring(0, 37) + "..." : text;
  }
}
