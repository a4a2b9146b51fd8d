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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@AutoService(Rule.class)
@RuleInfo(
    id = "SecurityDefinitionWithoutConnectionParameter",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json", "apiProperties.json"},
    source =
        Sources.A_TO_Z
            + ", apiProperties.json: \"The security object specified in this file must match"
            + " the name property of the securityDefinitions object or objects in the"
            + " apidefinition.swagger.json file\"",
    doc =
        "Each security scheme of the definition has the connection parameter that supplies its"
            + " credential: an oauthSetting parameter for oauth2, a string or securestring"
            + " parameter for apiKey, username and password parameters for basic. Without it"
            + " the connection dialog never asks for the credential.",
    fix =
        "Add the connection parameter to apiProperties.json (see the guide's Authentication"
            + " Quick Reference), or remove the security definition the connector does not use.")
public final class SecurityDefinitionWithoutConnectionParameter implements Rule {
  static final Set<String> TEXT_TYPES = Set.of("string", "securestring");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Documents.withBoth(
        connector,
        (properties, swagger) -> {
          List<ConnectionParameters.Parameter> parameters = ConnectionParameters.all(properties);
          for (SecuritySchemes.Scheme scheme : SecuritySchemes.schemes(swagger.tree())) {
            missing(scheme.type(), parameters)
                .ifPresent(
                    what ->
                        findings.at(
                            swagger,
                            scheme.pointer(),
                            "security definition \""
                                + scheme.name()
                                + "\" ("
                                + scheme.type()
                                + ") has no "
                                + what
                                + " in apiProperties.json"));
          }
        });
  }

  /** What a scheme of {@code type} lacks among the parameters, if anything. */
  static Optional<String> missing(String type, List<ConnectionParameters.Parameter> parameters) {
    switch (type) {
      case "oauth2" -> {
        return parameters.stream().anyMatch(ConnectionParameters.Parameter::isOAuth)
            ? Optional.empty()
            : Optional.of("oauthSetting connection parameter");
      }
      case "apiKey" -> {
        return parameters.stream().anyMatch(p -> TEXT_TYPES.contains(p.type()))
            ? Optional.empty()
            : Optional.of("string or securestring connection parameter for the key");
      }
      case "basic" -> {
        Set<String> names =
            parameters.stream()
                .filter(p -> TEXT_TYPES.contains(p.type()))
                .map(p -> p.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return names.contains("username") && names.contains("password")
            ? Optional.empty()
            : Optional.of("username and password connection parameters");
      }
      default -> {
        return Optional.empty();
      }
    }
  }
}
