package census.rules.info;

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
    id = "HostNameNotValid",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": HostNameNotValid; "
            + Sources.AUTHORING
            + ", key rules: host \"Base hostname only, no path segments\"",
    doc =
        "host is a bare host name or IP address, optionally with a port: no scheme, no path, no"
            + " query and no template placeholder. The scheme belongs in schemes and the path in"
            + " basePath.",
    fix =
        "Split the URL: \"https://api.contoso.com/v2\" becomes host \"api.contoso.com\","
            + " basePath \"/v2\" and schemes [\"https\"].")
public final class HostNameNotValid implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              JsonNode host = doc.tree().path("host");
              // Missing, empty and non-text hosts are reported by the required-value rules.
              if (!host.isTextual() || host.asText().isBlank()) {
                return;
              }
              String value = host.asText();
              if (WebAddresses.host(value).isPresent()) {
                return;
              }
              String why;
              if (value.contains("://")) {
                why = "holds a scheme; put it in schemes";
              } else if (value.contains("/")) {
                why = "holds a path; put it in basePath";
              } else if (value.contains("{") || value.contains("<") || value.contains("[")) {
                why = "is a placeholder, not a host";
              } else {
                why = "is not a valid host name or IP address";
              }
              findings.at(doc, "/host", "host \"" + value + "\" " + why);
            });
  }
}
