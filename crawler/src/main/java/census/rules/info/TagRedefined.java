package census.rules.info;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.HashMap;
import java.util.Map;

@AutoService(Rule.class)
@RuleInfo(
    id = "TagRedefined",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": TagRedefined; Swagger 2.0, Swagger Object \"tags\"",
    doc = "Each tag name appears once in the root tags list (Swagger 2.0: names must be unique).",
    fix = "Merge the two tag entries into one.")
public final class TagRedefined implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              JsonNode tags = doc.tree().path("tags");
              Map<String, Integer> first = new HashMap<>();
              for (int i = 0; i < tags.size(); i++) {
                JsonNode name = tags.get(i).path("name");
                if (!name.isTextual()) {
                  continue;
                }
                Integer earlier = first.putIfAbsent(name.asText(), i);
                if (earlier != null) {
                  findings.at(
                      doc,
                      "/tags/" + i,
                      "tag \"" + name.asText() + "\" is already defined at /tags/" + earlier);
                }
              }
            });
  }
}
