package census.rules.properties;

import census.json.JsonDocument;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import census.rules.info.ConnectorMetadata;
import census.rules.info.Documents;
import census.rules.info.WebAddresses;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Map;

@AutoService(Rule.class)
@RuleInfo(
    id = "UrlNotValid",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json", "apiProperties.json"},
    source =
        Sources.VALIDATOR
            + ": UrlNotValid; "
            + Sources.CERTIFICATION
            + ", \"Step 3b: Product or end service metadata\" (Website and Privacy policy"
            + " \"should be a URL\")",
    doc =
        "Every URL the connector gives is an absolute http or https URL on a public host:"
            + " info.contact.url,"
            + " info.termsOfService, info.license.url, externalDocs.url, the Website and Privacy"
            + " policy values of x-ms-connector-metadata, the OAuth 2.0 authorizationUrl and"
            + " tokenUrl of securityDefinitions, and the OAuth URLs of apiProperties.json.",
    fix = "Write the full address, starting with https://.")
public final class UrlNotValid implements Rule {
  static final List<String> SWAGGER_URLS =
      List.of(
          "/info/contact/url", "/info/termsOfService", "/info/license/url", "/externalDocs/url");
  static final List<String> OAUTH2_CUSTOM_URLS =
      List.of("authorizationUrl", "tokenUrl", "refreshUrl");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              JsonNode root = doc.tree();
              for (String pointer : SWAGGER_URLS) {
                check(doc, pointer, findings);
              }
              for (ConnectorMetadata.Entry entry : ConnectorMetadata.entries(root)) {
                if (entry.is(ConnectorMetadata.WEBSITE)
                    || entry.is(ConnectorMetadata.PRIVACY_POLICY)) {
                  check(doc, entry.valuePointer(), findings);
                }
              }
              for (Map.Entry<String, JsonNode> scheme :
                  SwaggerWalk.fields(root.path("securityDefinitions"))) {
                String pointer = "/securityDefinitions/" + JsonDocument.escape(scheme.getKey());
                check(doc, pointer + "/authorizationUrl", findings);
                check(doc, pointer + "/tokenUrl", findings);
              }
            });
    Documents.properties(connector)
        .ifPresent(
            doc -> {
              for (ConnectionParameters.Parameter p : ConnectionParameters.oauth(doc)) {
                PropertiesNode settings = p.oauthSettings();
                check(doc, settings.get("redirectUrl").pointer(), findings);
                // Only the plain oauth2 provider takes literal URLs; the others take templates.
                if ("oauth2".equalsIgnoreCase(settings.get("identityProvider").text())) {
                  PropertiesNode custom = settings.get("customParameters");
                  for (String url : OAUTH2_CUSTOM_URLS) {
                    check(doc, custom.get(url).get("value").pointer(), findings);
                  }
                }
              }
            });
  }

  private static void check(JsonDocument doc, String pointer, Findings findings) {
    JsonNode value = doc.tree().at(pointer);
    if (value.isMissingNode() || value.isNull()) {
      return;
    }
    if (!value.isTextual()) {
      findings.at(doc, pointer, "a URL must be a string, not " + value);
      return;
    }
    if (value.asText().isBlank()) {
      return; // an empty value is a missing one, which the rules on required fields report
    }
    WebAddresses.urlProblem(value.asText())
        .ifPresent(problem -> findings.at(doc, pointer, "\"" + value.asText() + "\" " + problem));
  }
}
