package census.rules.schemas;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.SchemaWalk;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "ExclusiveMaximumRequiresMaximum",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": ExclusiveMaximumRequiresMaximum",
    doc =
        "exclusiveMaximum: true only says that maximum itself is excluded, so a schema, parameter,"
            + " items or header that sets it also sets maximum.",
    fix = "Add the maximum, or remove exclusiveMaximum.")
public final class ExclusiveMaximumRequiresMaximum implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              for (SchemaWalk.Schema s : SwaggerObjects.typed(connector)) {
                if (s.node().path("exclusiveMaximum").asBoolean(false)
                    && !s.node().has("maximum")) {
                  findings.at(
                      doc, s.pointer() + "/exclusiveMaximum", "exclusiveMaximum without maximum");
                }
              }
            });
  }
}
