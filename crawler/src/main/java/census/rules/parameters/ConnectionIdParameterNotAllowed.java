package census.rules.parameters;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Enforcement;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "ConnectionIdParameterNotAllowed",
    severity = Severity.ERROR,
    enforcedBy = Enforcement.PLATFORM,
    rationale =
        "The platform reserves the parameter name connectionId for the connection it injects; a definition that uses it is refused.",
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": ConnectionIdParameterNotAllowed",
    doc = "No parameter is named connectionId: the platform reserves the name for the connection.",
    fix = "Rename the parameter.")
public final class ConnectionIdParameterNotAllowed implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachParameter(
        connector,
        (doc, op, p) -> {
          if (p.name().equalsIgnoreCase("connectionId")) {
            findings.at(
                doc,
                p.pointer(),
                "parameter \"" + p.name() + "\" uses the reserved name connectionId");
          }
        });
  }
}
