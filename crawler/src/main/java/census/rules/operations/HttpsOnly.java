package census.rules.operations;

import census.connector.ConnectorContext;
import census.model.Severity;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "HttpsOnly",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source = Sources.AUTHORING + ", \"schemes\"",
    doc = "A certified connector talks to its service over HTTPS only: schemes is [\"https\"].",
    fix = "Set \"schemes\": [\"https\"] and serve the API over TLS.")
public final class HttpsOnly implements Rule {
  @Override
  public void check(ConnectorContext connector, Findings findings) {
    connector
        .swagger()
        .filter(doc -> doc.root().isPresent())
        .ifPresent(
            doc -> {
              JsonNode schemes = doc.tree().path("schemes");
              if (!schemes.isArray() || schemes.isEmpty()) {
                findings.at(doc, "", "schemes is missing; it should be [\"https\"]");
                return;
              }
              for (int i = 0; i < schemes.size(); i++) {
                if (!"https".equals(schemes.get(i).asText())) {
                  findings.at(
                      doc,
                      "/schemes/" + i,
                      "scheme \"" + schemes.get(i).asText() + "\" is not https");
                }
              }
            });
  }
}
