package census.rules.operations;

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
    id = "PathParameterNotDefinedInTemplate",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": PathParameterNotDefinedInTemplate",
    doc = "A parameter with \"in\": \"path\" names a {variable} of the path template.",
    fix = "Add the variable to the path, or change the parameter's \"in\".")
public final class PathParameterNotDefinedInTemplate implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachParameter(
        connector,
        (doc, op, p) -> {
          if (p.in().equals("path") && !op.path().contains("{" + p.name() + "}")) {
            findings.at(
                doc,
                p.pointer(),
                "path parameter \"" + p.name() + "\" is not in the template " + op.path());
          }
        });
  }
}
