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
    id = "OperationParametersAreNotUnique",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationParametersAreNotUnique",
    doc =
        "The parameters that apply to an operation (its own and the path-level ones it does not"
            + " override) have distinct names even across locations: the platform keys an action's"
            + " inputs by parameter name, so a query and a header parameter both named id clash. (The"
            + " same name and location twice is OperationParametersContainDuplicateParameter.)",
    fix =
        "Rename one of the parameters; the wire name cannot be changed, so keep the one the service"
            + " needs and drop or rename the other.")
public final class OperationParametersAreNotUnique implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachRequest(
        connector,
        (doc, root, op, params) -> {
          java.util.Map<String, String> firstIn = new java.util.HashMap<>();
          for (SwaggerWalk.Parameter p : params) {
            String in = firstIn.putIfAbsent(p.name(), p.in());
            if (in != null && !in.equals(p.in())) {
              findings.at(
                  doc,
                  p.pointer(),
                  "parameter \""
                      + p.name()
                      + "\" in "
                      + p.in()
                      + " has the name of a parameter in "
                      + in);
            }
          }
        });
  }
}
