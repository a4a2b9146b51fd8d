package census.rules.operations;

import census.connector.ConnectorContext;
import census.model.Severity;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "PathParameterMissingEncoding",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": PathParameterMissingEncoding; "
            + Sources.AUTHORING
            + ", path parameters",
    doc =
        "Path parameters carry \"x-ms-url-encoding\": \"single\" so that values with slashes or"
            + " other reserved characters reach the service intact.",
    fix = "Add \"x-ms-url-encoding\": \"single\" to the path parameter.")
public final class PathParameterMissingEncoding implements Rule {
  @Override
  public void check(ConnectorContext connector, Findings findings) {
    SwaggerWalk.eachParameter(
        connector,
        (doc, op, p) -> {
          if (!p.in().equals("path")) {
            return;
          }
          JsonNode encoding = p.node().path("x-ms-url-encoding");
          if (!"single".equals(encoding.asText(null))) {
            findings.at(
                doc,
                p.pointer(),
                "path parameter \""
                    + p.name()
                    + "\" has "
                    + (encoding.isMissingNode()
                        ? "no x-ms-url-encoding"
                        : "x-ms-url-encoding " + encoding)
                    + "; it should be \"single\"");
          }
        });
  }
}
