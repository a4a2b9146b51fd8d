package census.rules.operations;

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
    id = "PathRedefined",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": PathRedefined",
    doc = "Every key of paths is unique when compared ignoring case (/Items and /items clash).",
    fix = "Merge the operations of both spellings under one path.")
public final class PathRedefined implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              Map<String, String> first = new HashMap<>();
              for (Map.Entry<String, JsonNode> path :
                  SwaggerWalk.fields(doc.tree().path("paths"))) {
                String earlier =
                    first.putIfAbsent(path.getKey().toLowerCase(Locale.ROOT), path.getKey());
                if (earlier != null) {
                  findings.at(
                      doc,
                      "/paths/" + JsonDocument.escape(path.getKey()),
                      "path " + path.getKey() + " is also defined as " + earlier);
                }
              }
            });
  }
}
