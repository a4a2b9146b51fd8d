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
    id = "NonBodyParameterSchemaNotValid",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": NonBodyParameterSchemaNotValid",
    doc = "Only body parameters have a schema; others declare type and format directly.",
    fix = "Replace \"schema\" with \"type\" (and \"format\") on the parameter.")
public final class NonBodyParameterSchemaNotValid implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachParameter(
        connector,
        (doc, op, p) -> {
          if (!p.in().equals("body") && !p.in().isEmpty() && p.node().has("schema")) {
            findings.at(
                doc,
                p.pointer() + "/schema",
                p.in() + " parameter \"" + p.name() + "\" has a schema");
          }
        });
  }
}
