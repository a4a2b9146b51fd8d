package census.rules.properties;

import census.model.ConnectorKind;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.info.Documents;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "IndependentPublisherBrandColor",
    severity = Severity.WARNING,
    kinds = ConnectorKind.INDEPENDENT_PUBLISHER,
    files = {"apiProperties.json"},
    source = Sources.AUTHORING + ", \"Independent Publisher vs Verified Publisher\"",
    doc =
        "Independent publisher connectors all use the brand colour #da3b01 (iconBrandColor);"
            + " a missing or malformed colour is IconBrandColorNotValid's finding.",
    fix = "Set \"iconBrandColor\": \"#da3b01\" under properties in apiProperties.json.",
    version = 2)
public final class IndependentPublisherBrandColor implements Rule {
  static final String COLOR = "#da3b01";

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Documents.properties(connector)
        .ifPresent(
            doc -> {
              PropertiesNode color = PropertiesNode.properties(doc).get("iconBrandColor");
              if (IconBrandColorNotValid.isColor(color) && !COLOR.equalsIgnoreCase(color.text())) {
                findings.at(
                    doc,
                    color.pointer(),
                    "iconBrandColor is " + color.text() + "; it must be " + COLOR);
              }
            });
  }
}
