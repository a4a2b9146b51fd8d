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
    id = "SchemaPropertySummaryMissing",
    severity = Severity.INFO,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.AUTHORING + ", \"x-ms-summary— Required on every parameter and schema property\"",
    doc =
        "Every property of a body or response schema carries x-ms-summary, its label in the designer.",
    fix = "Add \"x-ms-summary\" in Title Case to the property.",
    fixability = Fixability.SAFE,
    fixSafety =
        "The fix adds the label the designer shows: the property's title where that is a fit"
            + " label, else its name's words in Title Case (\"Card Template ID\" for"
            + " CardTemplateId). Display text, which no request or response carries.")
public final class SchemaPropertySummaryMissing implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    LabelEdits.Growth growth = LabelEdits.growth(connector, LabelEdits.Share.PROPERTY_SUMMARY);
    SchemaWalk.eachSchema(
        connector,
        (doc, s) -> {
          if (s.property() != null
              && !s.isRef()
              && s.node().path("x-ms-summary").asText("").isBlank()
              && !"internal".equals(s.node().path("x-ms-visibility").asText())) {
            growth.put(
                doc,
                s.pointer(),
                "property \"" + s.property() + "\" has no x-ms-summary",
                s.pointer(),
                s.node(),
                "x-ms-summary",
                () -> LabelFixes.propertyLabel(s.property(), s.node().path("title")));
          }
        });
    growth.report(findings);
  }
}
