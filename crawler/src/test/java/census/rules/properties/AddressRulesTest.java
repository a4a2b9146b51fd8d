package census.rules.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.rules.Finding;
import census.rules.Rule;
import census.testing.ConnectorFixture;
import census.testing.OAuthFixture;
import census.testing.RuleTester;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules on the definition's host and URLs that read apiProperties too: its policies and gateway
 * parameters exempt a host, its OAuth settings carry URLs.
 */
class AddressRulesTest {
  private static final ConnectorFixture CLEAN = ConnectorFixture.named("Contoso");

  private static List<String> pointers(Class<? extends Rule> rule, ConnectorFixture fixture) {
    return RuleTester.check(rule, fixture).stream().map(Finding::jsonPointer).toList();
  }

  private static List<String> messages(Class<? extends Rule> rule, ConnectorFixture fixture) {
    return RuleTester.check(rule, fixture).stream().map(Finding::message).toList();
  }

  private static ConnectorFixture host(String host) {
    return ConnectorFixture.named("Contoso").swagger(s -> s.put("host", host));
  }

  @Test
  void hostIsProduction() {
    assertEquals(
        List.of("host \"api-dev.contoso.com\" names the stage \"dev\", not production"),
        messages(HostNotProduction.class, host("api-dev.contoso.com")));
    for (String bad :
        List.of(
            "staging.api.contoso.com",
            "qa.contoso.co.uk",
            "contoso-dev.azurewebsites.net",
            "localhost:8080",
            "10.0.0.1",
            "api.example.com",
            "contoso.test")) {
      assertEquals(List.of("/host"), pointers(HostNotProduction.class, host(bad)), bad);
    }
    for (String fine :
        List.of("dev.to", "swapi.dev", "devices.contoso.com", "contoso.azurewebsites.net")) {
      assertTrue(pointers(HostNotProduction.class, host(fine)).isEmpty(), fine);
    }
    assertTrue(pointers(HostNotProduction.class, CLEAN).isEmpty());
  }

  @Test
  void aHostReplacedByAPolicyOrResolvedByAGatewayIsNotJudged() {
    ConnectorFixture dynamic =
        host("DefinedInConnectionParameters")
            .properties(
                p ->
                    p.withArray("/properties/policyTemplateInstances")
                        .addObject()
                        .put("templateId", "DynamicHostUrl")
                        .put("title", "Host")
                        .putObject("parameters")
                        .put(
                            "x-ms-apimTemplateParameter.urlTemplate",
                            "https://@connectionParameters('host')"));
    assertTrue(pointers(HostNotProduction.class, dynamic).isEmpty());
    ConnectorFixture gateway =
        host("localhost:4433")
            .properties(
                p ->
                    p.withObject("/properties/connectionParameters/gateway")
                        .put("type", "gatewaySetting"));
    assertTrue(
        pointers(HostNotProduction.class, gateway).isEmpty(), "the gateway resolves the host");
    assertEquals(
        List.of(
            "host \"DefinedInConnectionParameters\" is a single-label name that only resolves on a"
                + " local network, not production"),
        messages(HostNotProduction.class, host("DefinedInConnectionParameters")));
  }

  @Test
  void urlFieldsMustBeAbsoluteHttpUrls() {
    ConnectorFixture fixture =
        ConnectorFixture.named("Contoso")
            .swagger(
                s -> {
                  s.withObject("/info/contact").put("url", "www.contoso.com");
                  s.withObject("/info").put("termsOfService", "https://https://contoso.com/terms");
                  s.withObject("/info").putObject("license").put("url", "htpts://contoso.com/l");
                  ((ObjectNode) s.at("/x-ms-connector-metadata/1"))
                      .put("propertyValue", "Not Available");
                  s.withObject("/securityDefinitions")
                      .putObject("oauth")
                      .put("type", "oauth2")
                      .put("authorizationUrl", "/oauth/authorize");
                });
    List<Finding> found = RuleTester.check(UrlNotValid.class, fixture);
    assertEquals(
        List.of(
            "/info/contact/url",
            "/info/termsOfService",
            "/info/license/url",
            "/x-ms-connector-metadata/1/propertyValue",
            "/securityDefinitions/oauth/authorizationUrl"),
        found.stream().map(Finding::jsonPointer).toList());
    assertTrue(found.get(0).message().contains("lacks a scheme"));
    assertTrue(found.get(1).message().contains("not a valid absolute URL"));
    assertTrue(found.get(2).message().contains("\"htpts\""));
    assertTrue(pointers(UrlNotValid.class, CLEAN).isEmpty());
    ConnectorFixture fine =
        ConnectorFixture.named("Contoso")
            .swagger(
                s -> {
                  s.withObject("/info/contact").put("url", "https://contoso.com//");
                  s.withObject("/info").put("termsOfService", "http://contoso.co.uk/terms?v=2#top");
                });
    assertTrue(pointers(UrlNotValid.class, fine).isEmpty());
    ConnectorFixture local =
        ConnectorFixture.named("Contoso")
            .swagger(s -> s.withObject("/info/contact").put("url", "http://localhost:8080/help"));
    assertEquals(List.of("/info/contact/url"), pointers(UrlNotValid.class, local));
  }

  @Test
  void oauthUrlsOfApiPropertiesAreChecked() {
    ConnectorFixture fixture =
        OAuthFixture.oauth2()
            .properties(
                p -> {
                  ObjectNode settings =
                      p.withObject("/properties/connectionParameters/token/oAuthSettings");
                  settings.put("redirectUrl", "consent.azure-apim.net/redirect");
                  settings.withObject("/customParameters/tokenUrl").put("value", "token");
                });
    assertEquals(
        List.of(
            "/properties/connectionParameters/token/oAuthSettings/redirectUrl",
            "/properties/connectionParameters/token/oAuthSettings/customParameters/tokenUrl/value"),
        pointers(UrlNotValid.class, fixture));
    assertTrue(pointers(UrlNotValid.class, OAuthFixture.oauth2()).isEmpty());
    assertTrue(
        pointers(UrlNotValid.class, OAuthFixture.oauth2Generic()).isEmpty(),
        "oauth2generic takes URL templates, not URLs");
  }
}
