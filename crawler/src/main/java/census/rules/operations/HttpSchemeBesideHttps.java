package census.rules.operations;

import census.json.JsonEdits;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Fixability;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.List;

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
    fix = "Remove \"http\" from schemes.",
    fixability = Fixability.SAFE,
    fixSafety =
        "Swagger clients take the first scheme a definition lists, and Power Fx takes https"
            + " wherever it is listed: an \"http\" after \"https\" is never called, so removing it"
            + " changes no call. An \"http\" listed first gets no fix, as removing it would move"
            + " calls to https.")
public final class HttpSchemeBesideHttps implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Schemes.of(connector)
        .filter(schemes -> schemes.offers("https"))
        .ifPresent(
            schemes -> {
              JsonNode list = schemes.node();
              boolean httpsBefore = false;
              for (int i = 0; i < list.size(); i++) {
                String scheme = list.get(i).asText();
                if ("https".equals(scheme)) {
                  httpsBefore = true;
                  continue;
                }
                String pointer = "/schemes/" + i;
                findings.at(
                    schemes.doc(),
                    pointer,
                    "scheme \"" + scheme + "\" beside https",
                    httpsBefore && "http".equals(scheme)
                        ? JsonEdits.remove(schemes.doc(), pointer).stream().toList()
                        : List.of());
              }
            });
  }
}
