package census.rules.security;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "SecurityRequirementMustHaveEmptyValue",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": SecurityRequirementMustHaveEmptyValue; Swagger 2.0, \"Security Requirement"
            + " Object\" (scopes only for oauth2)",
    doc =
        "A security requirement on a basic or apiKey scheme is an empty array: only OAuth 2.0"
            + " schemes have scopes.",
    fix = "Write {\"api_key\": []}.")
public final class SecurityRequirementMustHaveEmptyValue implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SecuritySchemes.eachRequirement(
        connector,
        (doc, r, scheme) -> {
          String type = scheme.path("type").asText("");
          boolean scopeless = type.equals("basic") || type.equals("apiKey");
          if (scopeless && r.value().isArray() && !r.value().isEmpty()) {
            findings.at(
                doc,
                r.pointer(),
                "security requirement \""
                    + r.scheme()
                    + "\" ("
                    + type
                    + ") lists "
                    + r.value()
                    + "; it must be []");
          }
        });
  }
}
