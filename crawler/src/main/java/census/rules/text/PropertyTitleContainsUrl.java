package census.rules.text;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.operations.DescriptionContainsUrl;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "PropertyTitleContainsUrl",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.AUTHORING + ", Definitions, \"title— ... Must not contain URLs\"",
    doc =
        "The title of a definition property holds no URL: it is the property's name in the"
            + " designer, shown as plain text and translated.",
    fix = "Name the property in words; put a link in the readme if readers need one.")
public final class PropertyTitleContainsUrl implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Labels.each(
        connector,
        (doc, label) -> {
          if (label.kind() == Labels.Kind.PROPERTY_TITLE
              && DescriptionContainsUrl.URL.matcher(label.value()).find()) {
            findings.at(
                doc, label.pointer(), "title of property \"" + label.owner() + "\" contains a URL");
          }
        });
  }
}
