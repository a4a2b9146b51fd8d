package census.rules.security;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.info.Documents;
import census.rules.properties.ConnectionParameters;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "ConnectionParameterWithoutSecurityDefinition",
    severity = Severity.WARNING,
    files = {"apiProperties.json", "apiDefinition.swagger.json"},
    source =
        Sources.A_TO_Z
            + ", apiProperties.json: \"The security object specified in this file must match"
            + " the name property of the securityDefinitions object or objects in the"
            + " apidefinition.swagger.json file\"",
    doc =
        "An OAuth connection parameter (type oauthSetting) has a matching oauth2 scheme in the"
            + " definition's securityDefinitions, so the definition documents how it is signed"
            + " in to and tools that read only the definition see the same authentication.",
    fix =
        "Add an oauth2 security definition with the flow, authorizationUrl, tokenUrl and scopes"
            + " the OAuth settings use.")
public final class ConnectionParameterWithoutSecurityDefinition implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Documents.withBoth(
        connector,
        (properties, swagger) -> {
          boolean oauth2 =
              SecuritySchemes.schemes(swagger.tree()).stream()
                  .anyMatch(s -> s.type().equals("oauth2"));
          if (oauth2) {
            return;
          }
          for (ConnectionParameters.Parameter p : ConnectionParameters.oauth(properties)) {
            findings.at(
                properties,
                p.pointer(),
                "OAuth parameter \""
                    + p.name()
                    + "\" has no oauth2 security definition in the API definition");
          }
        });
  }
}
