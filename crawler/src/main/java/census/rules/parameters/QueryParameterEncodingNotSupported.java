package census.rules.parameters;

import census.json.JsonEdits;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Fixability;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import census.rules.operations.Written;
import com.google.auto.service.AutoService;
import java.util.List;

@AutoService(Rule.class)
@RuleInfo(
    id = "QueryParameterEncodingNotSupported",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": QueryParameterEncodingNotSupported",
    doc = "x-ms-url-encoding is for path parameters only.",
    fix = "Remove x-ms-url-encoding from the query parameter.",
    fixability = Fixability.SAFE,
    fixSafety =
        "Only \"single\" is removed, which is what every parameter without the extension gets:"
            + " the query is encoded as before. \"double\" gets no fix, as Power Fx encodes a query"
            + " value twice under it.")
public final class QueryParameterEncodingNotSupported implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachParameter(
        connector,
        (doc, op, p) -> {
          if (p.in().equals("query") && p.node().has("x-ms-url-encoding")) {
            findings.at(
                doc,
                p.pointer() + "/x-ms-url-encoding",
                "query parameter \"" + p.name() + "\" has x-ms-url-encoding",
                "single".equals(p.node().path("x-ms-url-encoding").asText())
                    ? Written.at(doc, p.pointer())
                        .flatMap(at -> JsonEdits.remove(doc, at + "/x-ms-url-encoding"))
                        .stream()
                        .toList()
                    : List.of());
          }
        });
  }
}
