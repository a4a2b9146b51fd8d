package census.rules.schemas;

import census.json.Edit;
import census.json.JsonDocument;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    fix = "Write each enum value as a value of the declared type, or correct the type.",
    fixability = Fixability.UNSAFE,
    fixSafety =
        "A string that spells a value of the type exactly (\"true\", \"10\") is written as that"
            + " value, and so is the same value in x-ms-enum-values: the designer then offers, and a"
            + " body carries, a boolean or number where it was a string. Other values get no fix.")
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
                    String pointer = s.pointer() + "/enum/" + i;
                    findings.at(
                        doc,
                        pointer,
                        "enum value "
                            + DefaultValueMustMatchType.abbreviate(value)
                            + " is "
                            + SchemaTypes.jsonType(value)
                            + ", not of type "
                            + type.asText(),
                        TypedLiterals.of(type.asText(), value)
                            .map(literal -> retyped(doc, s, pointer, value, literal))
                            .orElse(List.of()));
                  }
                }
              }
            });
  }

  /**
   * The edits that write the enum value {@code old} at {@code pointer} of {@code s} as {@code
   * literal}, with the entries of x-ms-enum-values that name it, which must still match it; none
   * unless all can be made.
   */
  private static List<Edit> retyped(
      JsonDocument doc, SchemaWalk.Schema s, String pointer, JsonNode old, String literal) {
    List<String> places = new ArrayList<>(List.of(pointer));
    JsonNode named = s.node().path("x-ms-enum-values");
    for (int j = 0; j < named.size(); j++) {
      if (old.equals(named.get(j).get("value"))) {
        places.add(s.pointer() + "/x-ms-enum-values/" + j + "/value");
      }
    }
    List<Edit> edits = new ArrayList<>();
    for (String place : places) {
      Optional<Edit> edit = JsonEdits.replaceValue(doc, place, literal);
      if (edit.isEmpty()) {
        return List.of();
      }
      edits.add(edit.get());
    }
    return edits;
  }
}
