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
    id = "MinimumShouldBeLessThanOrEqualToMaximum",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": MinimumShouldBeLessThanOrEqualToMaximum",
    doc =
        "Where a schema, parameter, items or header sets both, minimum is not greater than"
            + " maximum; otherwise no value is valid. A warning, as the code's \"Should\" says.",
    fix = "Swap or correct the two bounds.")
public final class MinimumShouldBeLessThanOrEqualToMaximum implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              for (SchemaWalk.Schema s : SwaggerObjects.typed(connector)) {
                JsonNode min = s.node().get("minimum");
                JsonNode max = s.node().get("maximum");
                if (min != null
                    && max != null
                    && min.isNumber()
                    && max.isNumber()
                    && min.decimalValue().compareTo(max.decimalValue()) > 0) {
                  findings.at(
                      doc,
                      s.pointer() + "/minimum",
                      "minimum " + min + " is greater than maximum " + max);
                }
              }
            });
  }
}
