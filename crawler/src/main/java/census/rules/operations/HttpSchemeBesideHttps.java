package census.rules.operations;

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
    id = "HttpSchemeBesideHttps",
    severity = Severity.WARNING,
    replaces = {"HttpsOnly"},
    files = {"apiDefinition.swagger.json"},
    source = Sources.AUTHORING + ", \"schemes\"",
    doc =
        "schemes lists only \"https\": an \"http\" scheme beside it lets a client call the"
            + " service in the clear.",
    fix = "Remove \"http\" from schemes.")
public final class HttpSchemeBesideHttps implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Schemes.of(connector)
        .filter(schemes -> schemes.offers("https"))
        .ifPresent(
            schemes -> {
              JsonNode list = schemes.node();
              for (int i = 0; i < list.size(); i++) {
                if (!"https".equals(list.get(i).asText())) {
                  findings.at(
                      schemes.doc(),
                      "/schemes/" + i,
                      "scheme \"" + list.get(i).asText() + "\" beside https");
                }
              }
            });
  }
}
