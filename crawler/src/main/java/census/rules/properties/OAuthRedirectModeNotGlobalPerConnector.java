package census.rules.properties;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "OAuthRedirectModeNotGlobalPerConnector",
    severity = Severity.WARNING,
    files = {"apiProperties.json"},
    source =
        Sources.AUTHORING
            + ", PR checklist: \"For OAuth connectors: redirectMode GlobalPerConnector (not"
            + " Global)\", mandatory since February 2024",
    doc =
        "Every OAuth connection parameter sets oAuthSettings.redirectMode to"
            + " \"GlobalPerConnector\": each connector gets its own redirect URI instead of the"
            + " shared global one.",
    fix =
        "Set \"redirectMode\": \"GlobalPerConnector\" and register the connector's own redirect"
            + " URI with the OAuth app.")
public final class OAuthRedirectModeNotGlobalPerConnector implements Rule {
  static final String REQUIRED = "GlobalPerConnector";

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    ConnectionParameters.eachOAuth(
        connector,
        (doc, p) -> {
          PropertiesNode settings = p.oauthSettings();
          PropertiesNode mode = settings.get("redirectMode");
          if (settings.isMissing()) {
            return; // OAuthSettingsIncomplete reports the missing settings
          }
          if (mode.isMissing()) {
            findings.at(
                doc,
                settings.pointer(),
                "OAuth parameter \"" + p.name() + "\" has no redirectMode; set " + REQUIRED);
          } else if (!REQUIRED.equalsIgnoreCase(mode.text())) {
            findings.at(
                doc,
                mode.pointer(),
                "redirectMode is " + mode.node() + "; it must be \"" + REQUIRED + "\"");
          }
        });
  }
}
