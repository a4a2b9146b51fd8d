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
    id = "InternalParameterWithoutDefault",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.AUTHORING
            + ", Best Practices, \"Provide default values for all internal required"
            + " parameters\"",
    doc =
        "A required parameter with x-ms-visibility internal has a default: the user never sees"
            + " it, so without a default the platform has no value to send and every call fails."
            + " Body parameters, whose values come from their schema, are not checked here.",
    fix = "Add the fixed value as \"default\" (e.g. \"2024-01-01\" for api-version).")
public final class InternalParameterWithoutDefault implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachWrittenParameter(
        connector,
        (doc, op, p) -> {
          JsonNode node = p.node();
          if (p.internal()
              && node.path("required").asBoolean(false)
              && !node.has("default")
              && !p.in().equals("body")) {
            findings.at(
                doc,
                p.pointer(),
                "internal parameter \"" + p.name() + "\" is required but has no default");
          }
        });
  }
}
