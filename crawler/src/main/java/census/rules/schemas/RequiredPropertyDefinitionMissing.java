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
    id = "RequiredPropertyDefinitionMissing",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": RequiredPropertyDefinitionMissing",
    doc = "Every name under \"required\" is a property of the schema.",
    fix = "Add the property, or remove it from required.")
public final class RequiredPropertyDefinitionMissing implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SchemaWalk.eachSchema(
        connector,
        (doc, s) -> {
          com.fasterxml.jackson.databind.JsonNode required = s.node().path("required");
          if (!required.isArray() || s.node().has("allOf")) {
            return;
          }
          for (int i = 0; i < required.size(); i++) {
            if (!s.node().path("properties").has(required.get(i).asText())) {
              findings.at(
                  doc,
                  s.pointer() + "/required/" + i,
                  "required property \"" + required.get(i).asText() + "\" is not defined");
            }
          }
        });
  }
}
