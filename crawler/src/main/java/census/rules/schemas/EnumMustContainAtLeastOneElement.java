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
    id = "EnumMustContainAtLeastOneElement",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": EnumMustContainAtLeastOneElement",
    doc = "An enum lists at least one value.",
    fix = "Add the allowed values, or remove the empty enum.")
public final class EnumMustContainAtLeastOneElement implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SchemaWalk.eachSchema(
        connector,
        (doc, s) -> {
          com.fasterxml.jackson.databind.JsonNode values = s.node().path("enum");
          if (values.isArray() && values.isEmpty()) {
            findings.at(doc, s.pointer() + "/enum", "empty enum");
          }
        });
  }
}
