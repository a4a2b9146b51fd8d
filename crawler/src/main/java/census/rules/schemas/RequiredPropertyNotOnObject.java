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
    id = "RequiredPropertyNotOnObject",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": RequiredPropertyNotOnObject",
    doc =
        "A \"required\" list of property names stands only on an object schema; on a string,"
            + " array or other type it names properties that cannot exist (an array's item"
            + " properties belong under items).",
    fix = "Move \"required\" to the object schema it is about (often under items), or remove it.")
public final class RequiredPropertyNotOnObject implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SchemaWalk.eachSchema(
        connector,
        (doc, s) -> {
          JsonNode required = s.node().get("required");
          JsonNode type = s.node().get("type");
          if (required != null
              && required.isArray()
              && type != null
              && type.isTextual()
              && !"object".equals(type.asText())) {
            findings.at(
                doc, s.pointer() + "/required", "required on a schema of type " + type.asText());
          }
        });
  }
}
