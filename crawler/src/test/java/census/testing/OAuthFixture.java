package census.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;

/**
 * Connectors that sign in with OAuth 2.0, passing every rule: the definition declares an oauth2
 * scheme and apiProperties.json the matching {@code token} connection parameter.
 */
public final class OAuthFixture {
  private OAuthFixture() {}

  /** The generic OAuth 2.0 provider, with literal authorization, token and refresh URLs. */
  public static ConnectorFixture oauth2() {
    return with(
        "oauth2",
        custom -> {
          custom.putObject("authorizationUrl").put("value", "https://login.contoso.com/authorize");
          custom.putObject("tokenUrl").put("value", "https://login.contoso.com/token");
          custom.putObject("refreshUrl").put("value", "https://login.contoso.com/token");
        });
  }

  /** The templated provider, whose URLs hold placeholders the platform fills in. */
  public static ConnectorFixture oauth2Generic() {
    return with(
        "oauth2generic",
        custom -> {
          custom
              .putObject("authorizationUrlTemplate")
              .put("value", "https://{instance}.contoso.com/authorize");
          custom.putObject("tokenUrlTemplate").put("value", "https://{instance}.contoso.com/token");
        });
  }

  private static ConnectorFixture with(String provider, Consumer<ObjectNode> customParameters) {
    return ConnectorFixture.named("Contoso")
        .swagger(
            s -> {
              ObjectNode scheme = s.withObject("/securityDefinitions").putObject("oauth2_auth");
              scheme.put("type", "oauth2");
              scheme.put("flow", "accessCode");
              scheme.put("authorizationUrl", "https://login.contoso.com/authorize");
              scheme.put("tokenUrl", "https://login.contoso.com/token");
              scheme.putObject("scopes").put("tasks.read", "Read your tasks.");
              s.withArray("/security").addObject().putArray("oauth2_auth").add("tasks.read");
            })
        .properties(
            p -> {
              ObjectNode token = p.withObject("/properties/connectionParameters/token");
              token.put("type", "oauthSetting");
              ObjectNode settings = token.putObject("oAuthSettings");
              settings.put("identityProvider", provider);
              settings.put("clientId", "[[DUMMY]]");
              settings.putArray("scopes").add("tasks.read");
              settings.put("redirectMode", "GlobalPerConnector");
              settings.put("redirectUrl", "https://global.consent.azure-apim.net/redirect");
              customParameters.accept(settings.putObject("customParameters"));
              ObjectNode ui = token.putObject("uiDefinition");
              ui.put("displayName", "Sign in with Contoso");
              ui.put("description", "Sign in with your Contoso account.");
              ui.put("tooltip", "Provide Contoso credentials.");
              ui.putObject("constraints").put("required", "true");
            });
  }
}
