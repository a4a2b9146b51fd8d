package census.rules.responses;

import census.json.JsonDocument;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

@AutoService(Rule.class)
@RuleInfo(
    id = "ResponseHeadersAreNotUnique",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": ResponseHeadersAreNotUnique",
    doc =
        "The headers of a response are unique compared ignoring case, as HTTP compares them"
            + " (X-Request-Id and x-request-id are one header). Checked where each response is"
            + " written: under #/responses and inline in operations.",
    fix = "Remove one of the two spellings.")
public final class ResponseHeadersAreNotUnique implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              JsonNode root = doc.tree();
              for (Map.Entry<String, JsonNode> r : SwaggerWalk.fields(root.path("responses"))) {
                check(doc, r.getValue(), "/responses/" + JsonDocument.escape(r.getKey()), findings);
              }
              for (SwaggerWalk.Operation op : SwaggerWalk.operations(connector)) {
                for (Map.Entry<String, JsonNode> r :
                    SwaggerWalk.fields(op.node().path("responses"))) {
                  check(
                      doc,
                      r.getValue(),
                      op.pointer() + "/responses/" + JsonDocument.escape(r.getKey()),
                      findings);
                }
              }
            });
  }

  private static void check(
      JsonDocument doc, JsonNode response, String pointer, Findings findings) {
    Map<String, String> first = new HashMap<>();
    for (Map.Entry<String, JsonNode> h : SwaggerWalk.fields(response.path("headers"))) {
      String earlier = first.putIfAbsent(h.getKey().toLowerCase(Locale.ROOT), h.getKey());
      if (earlier != null) {
        findings.at(
            doc,
            pointer + "/headers/" + JsonDocument.escape(h.getKey()),
            "header " + h.getKey() + " is also declared as " + earlier);
      }
    }
  }
}
