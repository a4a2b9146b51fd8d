package census.rules.schemas;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.SchemaWalk;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "DefinitionPropertyDescriptionMissing",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = DefinitionPropertyTitleMissing.SOURCE,
    doc =
        "Every property under definitions has a description, unless it is a $ref. The title the"
            + " same line asks for is DefinitionPropertyTitleMissing's.",
    fix = "Add \"description\" to the property: a full sentence on what the value holds.")
public final class DefinitionPropertyDescriptionMissing implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SchemaWalk.eachSchema(
        connector,
        (doc, s) -> {
          if (s.property() != null
              && !s.isRef()
              && s.pointer().startsWith("/definitions/")
              && s.node().path("description").asText("").isBlank()) {
            findings.at(doc, s.pointer(), "property \"" + s.property() + "\" has no description");
          }
        });
  }
}
