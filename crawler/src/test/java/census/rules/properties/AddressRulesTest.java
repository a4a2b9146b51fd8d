package census.rules.properties;

import static census.testing.RuleCases.Expected.at;
import static census.testing.RuleCases.Expected.in;

import census.testing.ConnectorFixture;
import census.testing.OAuthFixture;
import census.testing.RuleCaseSource;
import census.testing.RuleCases;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The rules on the definition's host and URLs that read apiProperties too: its policies and gateway
 * parameters exempt a host, its OAuth settings carry URLs.
 */
class AddressRulesTest implements RuleCaseSource {
  private static final String SETTINGS = "/properties/connectionParameters/token/oAuthSettings";

  private static ConnectorFixture host(String host) {
    return ConnectorFixture.named("Contoso").swagger(s -> s.put("host", host));
  }

  @Override
  public List<RuleCases> ruleCases() {
    return List.of(hostNotProduction(), urlNotValid());
  }

  private static RuleCases hostNotProduction() {
    RuleCases cases =
        RuleCases.of(HostNotProduction.class)
            .invalid(
                "a stage in a label",
                host("api-dev.contoso.com"),
                at("/host", "host \"api-dev.contoso.com\" names the stage \"dev\", not production"))
            .invalid(
                "a single-label name without a policy that replaces it",
                host("DefinedInConnectionParameters"),
                at(
                    "/host",
                    "host \"DefinedInConnectionParameters\" is a single-label name that only"
                        + " resolves on a local network, not production"))
            .valid(
                "a host replaced by a dynamic host policy",
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
                                    "https://@connectionParameters('host')")))
            .valid(
                "a local host resolved by the gateway",
                host("localhost:4433")
                    .properties(
                        p ->
                            p.withObject("/properties/connectionParameters/gateway")
                                .put("type", "gatewaySetting")))
            .invalid(
                "a staging host",
                host("staging.api.contoso.com"),
                at(
                    "/host",
                    "host \"staging.api.contoso.com\" names the stage \"staging\", not production"))
            .invalid(
                "a QA host",
                host("qa.contoso.co.uk"),
                at("/host", "host \"qa.contoso.co.uk\" names the stage \"qa\", not production"))
            .invalid(
                "a dev site on Azure",
                host("contoso-dev.azurewebsites.net"),
                at(
                    "/host",
                    "host \"contoso-dev.azurewebsites.net\" names the stage \"dev\", not"
                        + " production"))
            .invalid(
                "localhost",
                host("localhost:8080"),
                at(
                    "/host",
                    "host \"localhost:8080\" is a single-label name that only resolves on a"
                        + " local network, not production"))
            .invalid(
                "an IP address",
                host("10.0.0.1"),
                at("/host", "host \"10.0.0.1\" is an IP address, not production"))
            .invalid(
                "a domain reserved for examples",
                host("api.example.com"),
                at(
                    "/host",
                    "host \"api.example.com\" is in a domain reserved for examples, not"
                        + " production"))
            .invalid(
                "a top-level domain reserved for testing",
                host("contoso.test"),
                at(
                    "/host",
                    "host \"contoso.test\" is in a top-level domain reserved for testing, not"
                        + " production"));
    for (String fine :
        List.of("dev.to", "swapi.dev", "devices.contoso.com", "contoso.azurewebsites.net")) {
      cases.valid(fine, host(fine));
    }
    return cases;
  }

  private static RuleCases urlNotValid() {
    return RuleCases.of(UrlNotValid.class)
        .valid(
            "a doubled slash in the path, a query and a fragment",
            ConnectorFixture.named("Contoso")
                .swagger(
                    s -> {
                      s.withObject("/info/contact").put("url", "https://contoso.com//");
                      s.withObject("/info")
                          .put("termsOfService", "http://contoso.co.uk/terms?v=2#top");
                    }))
        .valid("OAuth 2.0 URLs", OAuthFixture.oauth2())
        .valid("oauth2generic takes URL templates, not URLs", OAuthFixture.oauth2Generic())
        .invalid(
            "URLs without a scheme, with a doubled scheme, a misspelt scheme, text, a path",
            ConnectorFixture.named("Contoso")
                .swagger(
                    s -> {
                      s.withObject("/info/contact").put("url", "www.contoso.com");
                      s.withObject("/info")
                          .put("termsOfService", "https://https://contoso.com/terms");
                      s.withObject("/info")
                          .putObject("license")
                          .put("url", "htpts://contoso.com/l");
                      ((ObjectNode) s.at("/x-ms-connector-metadata/1"))
                          .put("propertyValue", "Not Available");
                      s.withObject("/securityDefinitions")
                          .putObject("oauth")
                          .put("type", "oauth2")
                          .put("authorizationUrl", "/oauth/authorize");
                    }),
            at(
                "/info/contact/url",
                "\"www.contoso.com\" is not an absolute URL: it lacks a scheme such as https://"),
            at(
                "/info/termsOfService",
                "\"https://https://contoso.com/terms\" is not a valid absolute URL"),
            at(
                "/info/license/url",
                "\"htpts://contoso.com/l\" has the scheme \"htpts\"; only http and https work"),
            at(
                "/x-ms-connector-metadata/1/propertyValue",
                "\"Not Available\" is not an absolute URL: it lacks a scheme such as https://"),
            at(
                "/securityDefinitions/oauth/authorizationUrl",
                "\"/oauth/authorize\" is not an absolute URL: it lacks a scheme such as https://"))
        .invalid(
            "a local address",
            ConnectorFixture.named("Contoso")
                .swagger(
                    s -> s.withObject("/info/contact").put("url", "http://localhost:8080/help")),
            at("/info/contact/url", "\"http://localhost:8080/help\" is not a valid absolute URL"))
        .invalid(
            "OAuth URLs of apiProperties",
            OAuthFixture.oauth2()
                .properties(
                    p -> {
                      ObjectNode settings = p.withObject(SETTINGS);
                      settings.put("redirectUrl", "consent.azure-apim.net/redirect");
                      settings.withObject("/customParameters/tokenUrl").put("value", "token");
                    }),
            in(
                ConnectorFixture.PROPERTIES,
                SETTINGS + "/redirectUrl",
                "\"consent.azure-apim.net/redirect\" is not an absolute URL: it lacks a scheme"
                    + " such as https://"),
            in(
                ConnectorFixture.PROPERTIES,
                SETTINGS + "/customParameters/tokenUrl/value",
                "\"token\" is not an absolute URL: it lacks a scheme such as https://"));
  }
}
