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
    id = "SecurityRequirementMustHaveValue",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": SecurityRequirementMustHaveValue; Swagger 2.0, \"Security Requirement Object\"",
    doc =
        "Each security requirement maps its scheme to an array: the scopes for OAuth 2.0, an"
            + " empty array otherwise. null, a string or an object is not a requirement.",
    fix = "Write {\"api_key\": []}, or list the scopes for an OAuth 2.0 scheme.")
public final class SecurityRequirementMustHaveValue implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SecuritySchemes.eachRequirement(
        connector,
        (doc, r, scheme) -> {
          if (!r.value().isArray()) {
            findings.at(
                doc,
                r.pointer(),
                "security requirement \""
                    + r.scheme()
                    + "\" is "
                    + r.value()
                    + "; it must be an array, [] when there are no scopes");
          }
        });
  }
}
