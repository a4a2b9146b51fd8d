package census.rules.parameters;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "BodyParameterSchemaRequired",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": BodyParameterSchemaRequired",
    doc = "A body parameter describes its content with a schema.",
    fix = "Add \"schema\" to the body parameter.")
public final class BodyParameterSchemaRequired implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachParameter(
        connector,
        (doc, op, p) -> {
          if (p.in().equals("body") && !p.node().has("schema")) {
            findings.at(doc, p.pointer(), "body parameter \"" + p.name() + "\" has no schema");
          }
        });
  }
}
