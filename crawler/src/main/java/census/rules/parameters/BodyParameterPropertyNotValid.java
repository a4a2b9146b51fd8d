package census.rules.parameters;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "BodyParameterPropertyNotValid",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": BodyParameterPropertyNotValid",
    doc =
        "A body parameter declares its type through schema only, never with the fields of other"
            + " parameters (type, format, items, enum, default, collectionFormat, the limits).",
    fix = "Move the type and its constraints into the parameter's schema.")
public final class BodyParameterPropertyNotValid implements Rule {
  /** The fields Swagger 2.0 gives non-body parameters to describe their value. */
  static final java.util.List<String> NON_BODY_FIELDS =
      java.util.List.of(
          "type",
          "format",
          "items",
          "collectionFormat",
          "allowEmptyValue",
          "default",
          "maximum",
          "exclusiveMaximum",
          "minimum",
          "exclusiveMinimum",
          "maxLength",
          "minLength",
          "pattern",
          "maxItems",
          "minItems",
          "uniqueItems",
          "enum",
          "multipleOf");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    for (DeclaredParameters.Declared p : DeclaredParameters.of(connector)) {
      if (!p.in().equals("body")) {
        continue;
      }
      for (String field : NON_BODY_FIELDS) {
        if (p.node().has(field)) {
          findings.at(
              connector.definition().orElseThrow(),
              p.pointer() + "/" + field,
              "body parameter \"" + p.name() + "\" uses " + field + " outside its schema");
        }
      }
    }
  }
}
