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
    id = "ParameterRefLoopNotAllowed",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": ParameterRefLoopNotAllowed",
    doc =
        "A parameter defined under #/parameters is a parameter object, not a $ref to another"
            + " definition: chains of references (and loops of them) are not followed.",
    fix = "Write the parameter out, or reference the target directly where it is used.")
public final class ParameterRefLoopNotAllowed implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.reportRefEntries(connector, findings, "parameters", "parameter definition");
  }
}
