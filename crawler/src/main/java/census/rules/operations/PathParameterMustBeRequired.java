package census.rules.operations;

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
    id = "PathParameterMustBeRequired",
    severity = Severity.ERROR,
    enforcedBy = Enforcement.FORMAT,
    rationale =
        "Swagger 2.0's schema fixes \"required\": true for a path parameter (its value MUST be true); a definition without it fails schema validation.",
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": PathParameterMustBeRequired",
    doc = "A parameter with \"in\": \"path\" fills part of the URL, so it is \"required\": true.",
    fix = "Add \"required\": true to the path parameter.")
public final class PathParameterMustBeRequired implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachParameter(
        connector,
        (doc, op, p) -> {
          if (p.in().equals("path") && !p.node().path("required").asBoolean(false)) {
            findings.at(doc, p.pointer(), "path parameter \"" + p.name() + "\" is not required");
          }
        });
  }
}
