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
    id = "MultipleOfMustBeGreaterThanZero",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": MultipleOfMustBeGreaterThanZero",
    doc =
        "multipleOf of a schema, parameter, items or header is greater than 0: a value cannot be"
            + " a multiple of zero or of a negative step.",
    fix = "Set multipleOf to a positive number, or remove it.")
public final class MultipleOfMustBeGreaterThanZero implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              for (SchemaWalk.Schema s : SwaggerObjects.typed(connector)) {
                JsonNode value = s.node().get("multipleOf");
                if (value != null && value.isNumber() && value.doubleValue() <= 0) {
                  findings.at(
                      doc, s.pointer() + "/multipleOf", "multipleOf is not above zero: " + value);
                }
              }
            });
  }
}
