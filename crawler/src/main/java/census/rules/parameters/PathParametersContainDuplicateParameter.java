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
    id = "PathParametersContainDuplicateParameter",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": PathParametersContainDuplicateParameter",
    doc =
        "No two parameters of a path item's own list (the parameters shared by its operations)"
            + " share a name and location.",
    fix = "Remove or rename the duplicate.")
public final class PathParametersContainDuplicateParameter implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    for (PathParameterLists.PathList list : PathParameterLists.of(connector)) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (SwaggerWalk.Parameter p : list.parameters()) {
        if (!seen.add(p.in() + ":" + p.name())) {
          findings.at(
              connector.definition().orElseThrow(),
              p.pointer(),
              "path "
                  + list.path()
                  + " declares parameter \""
                  + p.name()
                  + "\" in "
                  + p.in()
                  + " twice");
        }
      }
    }
  }
}
