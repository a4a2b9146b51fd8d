package census.rules.properties;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@AutoService(Rule.class)
@RuleInfo(
    id = "OAuthSettingsIncomplete",
    severity = Severity.ERROR,
    files = {"apiProperties.json"},
    source =
        Sources.A_TO_Z
            + ", apiProperties.json (\"the security authorization method\"); the repository's"
            + " schemas/paconn-apiProperties.schema.json, oAuthSettings",
    doc =
        "An oauthSetting connection parameter has oAuthSettings with an identityProvider, and"
            + " the custom parameters that provider needs to run the sign-in: authorizationUrl,"
            + " tokenUrl and refreshUrl values for oauth2; authorizationUrlTemplate and"
            + " tokenUrlTemplate for oauth2generic; resourceUri for aad and aadcertificate."
            + " Property names are matched without regard to case, as the platform reads them.",
    fix =
        "Fill in oAuthSettings as in the guide's OAuth pattern, e.g. \"customParameters\":"
            + " {\"authorizationUrl\": {\"value\": \"https://...\"}, ...}.")
public final class OAuthSettingsIncomplete implements Rule {
  /** The customParameters each identity provider cannot work without. */
  static final Map<String, List<String>> REQUIRED_CUSTOM =
      Map.of(
          "oauth2", List.of("authorizationUrl", "tokenUrl", "refreshUrl"),
          "oauth2generic", List.of("authorizationUrlTemplate", "tokenUrlTemplate"),
          "aad", List.of("resourceUri"),
          "aadcertificate", List.of("resourceUri"));

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    ConnectionParameters.eachOAuth(
        connector,
        (doc, p) -> {
          PropertiesNode settings = p.oauthSettings();
          String where = "OAuth parameter \"" + p.name() + "\"";
          if (!settings.node().isObject()) {
            findings.at(doc, p.pointer(), where + " has no oAuthSettings object");
            return;
          }
          String provider = settings.get("identityProvider").text();
          if (provider.isBlank()) {
            findings.at(doc, settings.pointer(), where + " has no identityProvider");
            return;
          }
          PropertiesNode custom = settings.get("customParameters");
          List<String> required =
              REQUIRED_CUSTOM.getOrDefault(provider.toLowerCase(Locale.ROOT), List.of());
          for (String name : required) {
            if (custom.get(name).get("value").text().isBlank()) {
              findings.at(
                  doc,
                  custom.isMissing() ? settings.pointer() : custom.pointer(),
                  where + " (" + provider + ") has no customParameters." + name + ".value");
            }
          }
        });
  }
}
