package census.rules.security;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;
import java.util.ArrayList;
import java.util.List;

@AutoService(Rule.class)
@RuleInfo(
    id = "SecuritySchemePropertyRequired",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": SecuritySchemePropertyRequired; Swagger 2.0, \"Security Scheme Object\"",
    doc =
        "Each security definition has what its type requires: a type; for apiKey a name and"
            + " in; for oauth2 a flow and scopes, an authorizationUrl for the implicit and"
            + " accessCode flows and a tokenUrl for the password, application and accessCode"
            + " flows.",
    fix =
        "Add the missing property, e.g. for OAuth 2.0 {\"type\": \"oauth2\", \"flow\":"
            + " \"accessCode\", \"authorizationUrl\": ..., \"tokenUrl\": ..., \"scopes\": {}}.")
public final class SecuritySchemePropertyRequired implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              for (SecuritySchemes.Scheme scheme : SecuritySchemes.schemes(doc.tree())) {
                if (!scheme.node().isObject()) {
                  continue; // not a scheme at all: SecuritySchemePropertyNotValid's finding
                }
                for (String property : required(scheme)) {
                  if (!scheme.node().has(property)) {
                    findings.at(
                        doc,
                        scheme.pointer(),
                        "security definition \"" + scheme.name() + "\" has no " + property);
                  }
                }
              }
            });
  }

  static List<String> required(SecuritySchemes.Scheme scheme) {
    List<String> required = new ArrayList<>(List.of("type"));
    switch (scheme.type()) {
      case "apiKey" -> required.addAll(List.of("name", "in"));
      case "oauth2" -> {
        required.addAll(List.of("flow", "scopes"));
        String flow = scheme.node().path("flow").asText("");
        if (flow.equals("implicit") || flow.equals("accessCode")) {
          required.add("authorizationUrl");
        }
        if (flow.equals("password") || flow.equals("application") || flow.equals("accessCode")) {
          required.add("tokenUrl");
        }
      }
      default -> {}
    }
    return required;
  }
}
