package census.rules.schemas;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Fixability;
import census.rules.LabelEdits;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.SchemaWalk;
import census.rules.Sources;
import census.rules.text.LabelFixes;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "DefinitionPropertyTitleMissing",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = DefinitionPropertyTitleMissing.SOURCE,
    doc =
        "Every property under definitions has a title, unless it is a $ref. The description the"
            + " same line asks for is DefinitionPropertyDescriptionMissing's: a title can be"
            + " derived, a description needs a person.",
    fix = "Add \"title\" (Title Case) to the property.",
    fixability = Fixability.SAFE,
    fixSafety =
        "The fix adds the missing title: the property's x-ms-summary where that is a fit label,"
            + " else its name's words in Title Case (\"Due Date\" for due_date). Display text,"
            + " which no request or response carries.",
    version = 2)
public final class DefinitionPropertyTitleMissing implements Rule {
  /**
   * The one line of the checklist that both this rule and DefinitionPropertyDescriptionMissing
   * check.
   */
  static final String SOURCE =
      Sources.AUTHORING
          + ", \"properties must include both a description and title property ... unless the object contains a $ref\"";

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    LabelEdits.Growth growth = LabelEdits.growth(connector, LabelEdits.Share.PROPERTY_TITLE);
    SchemaWalk.eachSchema(
        connector,
        (doc, s) -> {
          if (s.property() == null || s.isRef() || !s.pointer().startsWith("/definitions/")) {
            return;
          }
          if (s.node().path("title").asText("").isBlank()) {
            growth.put(
                doc,
                s.pointer(),
                "property \"" + s.property() + "\" has no title",
                s.pointer(),
                s.node(),
                "title",
                () -> LabelFixes.propertyLabel(s.property(), s.node().path("x-ms-summary")));
          }
        });
    growth.report(findings);
  }
}
