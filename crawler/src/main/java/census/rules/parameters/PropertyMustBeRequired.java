package census.rules.parameters;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "PropertyMustBeRequired",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": PropertyMustBeRequired",
    doc =
        "A parameter with x-ms-visibility internal and a default is required: the user never"
            + " sees it, so the platform sends the default only for a required parameter (body"
            + " properties are checked by InternalPropertyWithDefaultOptional).",
    fix = "Add \"required\": true, or make the parameter visible.")
public final class PropertyMustBeRequired implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachParameter(
        connector,
        (doc, op, p) -> {
          JsonNode node = p.node();
          if (p.internal()
              && node.has("default")
              && !node.path("required").asBoolean(false)
              && !p.in().equals("body")) {
            findings.at(
                doc,
                p.pointer(),
                "internal parameter \"" + p.name() + "\" has a default but is not required");
          }
        });
  }
}
