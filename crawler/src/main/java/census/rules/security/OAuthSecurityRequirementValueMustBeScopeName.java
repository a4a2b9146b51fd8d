package census.rules.security;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "OAuthSecurityRequirementValueMustBeScopeName",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": OAuthSecurityRequirementValueMustBeScopeName; Swagger 2.0, \"Security"
            + " Requirement Object\"",
    doc =
        "Each scope an OAuth 2.0 security requirement lists is a scope name declared in that"
            + " scheme's scopes.",
    fix =
        "Declare the scope under securityDefinitions.<scheme>.scopes, or list only declared"
            + " scopes; several scopes are separate entries, not one space-separated string.")
public final class OAuthSecurityRequirementValueMustBeScopeName implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SecuritySchemes.eachRequirement(
        connector,
        (doc, r, scheme) -> {
          if (!scheme.path("type").asText("").equals("oauth2") || !r.value().isArray()) {
            return;
          }
          for (int i = 0; i < r.value().size(); i++) {
            JsonNode scope = r.value().get(i);
            if (!scope.isTextual() || !scheme.path("scopes").has(scope.asText())) {
              findings.at(
                  doc,
                  r.pointer() + "/" + i,
                  "scope " + scope + " is not declared in the scopes of \"" + r.scheme() + "\"");
            }
          }
        });
  }
}
