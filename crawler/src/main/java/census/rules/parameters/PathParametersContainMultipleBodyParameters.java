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
    id = "PathParametersContainMultipleBodyParameters",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": PathParametersContainMultipleBodyParameters",
    doc = "A path item's own parameter list holds at most one body parameter.",
    fix = "Merge the body parameters into one schema.")
public final class PathParametersContainMultipleBodyParameters implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    for (PathParameterLists.PathList list : PathParameterLists.of(connector)) {
      boolean body = false;
      for (SwaggerWalk.Parameter p : list.parameters()) {
        if (p.in().equals("body")) {
          if (body) {
            findings.at(
                connector.definition().orElseThrow(),
                p.pointer(),
                "path " + list.path() + " has a second body parameter \"" + p.name() + "\"");
          }
          body = true;
        }
      }
    }
  }
}
