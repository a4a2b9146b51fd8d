package census.rules.schemas;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.SchemaWalk;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "DefinitionPropertyTitleMissing",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.AUTHORING
            + ", \"properties must include both a description and title property ... unless the object contains a $ref\"",
    doc = "Every property under definitions has a title and a description, unless it is a $ref.",
    fix = "Add \"title\" (Title Case) and \"description\" (a full sentence) to the property.")
public final class DefinitionPropertyTitleMissing implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SchemaWalk.eachSchema(
        connector,
        (doc, s) -> {
          if (s.property() == null || s.isRef() || !s.pointer().startsWith("/definitions/")) {
            return;
          }
          for (String key : java.util.List.of("title", "description")) {
            if (s.node().path(key).asText("").isBlank()) {
              findings.at(doc, s.pointer(), "property \"" + s.property() + "\" has no " + key);
            }
          }
        });
  }
}
