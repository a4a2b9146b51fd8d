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
    id = "OperationParametersContainMultipleBodyParameters",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationParametersContainMultipleBodyParameters",
    doc = "An operation has at most one body parameter, counting the path item's that apply to it.",
    fix = "Merge the body parameters into one schema.",
    version = 2)
public final class OperationParametersContainMultipleBodyParameters implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          java.util.List<SwaggerWalk.Parameter> bodies =
              SwaggerWalk.parameters(root, op).stream().filter(p -> p.in().equals("body")).toList();
          for (int i = 1; i < bodies.size(); i++) {
            if (bodies.get(i).pathLevel()) {
              continue; // both on the path item: PathParametersContainMultipleBodyParameters
            }
            findings.at(
                doc,
                bodies.get(i).pointer(),
                "a second body parameter \"" + bodies.get(i).name() + "\"");
          }
        });
  }
}
