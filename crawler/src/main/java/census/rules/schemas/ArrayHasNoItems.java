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
    id = "ArrayHasNoItems",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": ArrayHasNoItems",
    doc = "An array schema says what its items are.",
    fix = "Add \"items\" with the item schema.")
public final class ArrayHasNoItems implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SchemaWalk.eachSchema(
        connector,
        (doc, s) -> {
          if ("array".equals(s.node().path("type").asText()) && !s.node().has("items")) {
            findings.at(doc, s.pointer(), "array schema without items");
          }
        });
  }
}
