package census.rules.operations;

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
    id = "OperationPathMustStartWithSlash",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationPathMustStartWithSlash",
    doc = "Every path template starts with a slash.",
    fix = "Write the path as \"/items\", not \"items\".")
public final class OperationPathMustStartWithSlash implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              for (java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> path :
                  SwaggerWalk.fields(doc.tree().path("paths"))) {
                if (!path.getKey().startsWith("/") && !path.getKey().startsWith("x-")) {
                  findings.at(
                      doc,
                      "/paths/" + census.json.JsonDocument.escape(path.getKey()),
                      "path \"" + path.getKey() + "\" does not start with /");
                }
              }
            });
  }
}
