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
    id = "RequiredPropertyArrayEmpty",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": RequiredPropertyArrayEmpty",
    doc = "A schema's \"required\" lists at least one property name (JSON Schema draft 4).",
    fix = "Remove the empty \"required\": [], or name the required properties.")
public final class RequiredPropertyArrayEmpty implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SchemaWalk.eachSchema(
        connector,
        (doc, s) -> {
          JsonNode required = s.node().get("required");
          if (required != null && required.isArray() && required.isEmpty()) {
            findings.at(doc, s.pointer() + "/required", "empty required array");
          }
        });
  }
}
