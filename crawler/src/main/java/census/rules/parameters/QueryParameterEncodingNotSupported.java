package census.rules.parameters;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "QueryParameterEncodingNotSupported",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": QueryParameterEncodingNotSupported",
    doc = "x-ms-url-encoding is for path parameters only.",
    fix = "Remove x-ms-url-encoding from the query parameter.")
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
                "query parameter \"" + p.name() + "\" has x-ms-url-encoding");
          }
        });
  }
}
