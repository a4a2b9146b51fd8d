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
    id = "OperationParametersContainDuplicateParameter",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationParametersContainDuplicateParameter",
    doc = "No two parameters of an operation share a name and location.",
    fix = "Remove or rename the duplicate.")
public final class OperationParametersContainDuplicateParameter implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          java.util.Set<String> seen = new java.util.HashSet<>();
          for (SwaggerWalk.Parameter p : SwaggerWalk.parameters(root, op)) {
            if (!p.pathLevel() && !seen.add(p.in() + ":" + p.name())) {
              findings.at(
                  doc,
                  p.pointer(),
                  "parameter \"" + p.name() + "\" in " + p.in() + " is declared twice");
            }
          }
        });
  }
}
