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
import java.util.Locale;
import java.util.Map;

@AutoService(Rule.class)
@RuleInfo(
    id = "IconBrandColorDefault",
    severity = Severity.ERROR,
    kinds = ConnectorKind.CERTIFIED,
    files = {"apiProperties.json"},
    source =
        Sources.CERTIFICATION
            + ", \"Design an icon for your connector\" (not for independent publishers); "
            + Sources.A_TO_Z
            + ", icon.png",
    doc =
        "A verified publisher's icon background is neither white (#ffffff) nor the platform's"
            + " default blue (#007ee5): either makes the connector look unbranded.",
    fix = "Set iconBrandColor to the brand colour behind your logo in icon.png.")
public final class IconBrandColorDefault implements Rule {
  static final Map<String, String> FORBIDDEN =
      Map.of("#ffffff", "white", "#007ee5", "the default blue");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Documents.properties(connector)
        .ifPresent(
            doc -> {
              PropertiesNode color = PropertiesNode.properties(doc).get("iconBrandColor");
              String name = FORBIDDEN.get(color.text().toLowerCase(Locale.ROOT));
              if (name != null) {
                findings.at(
                    doc,
                    color.pointer(),
                    "iconBrandColor " + color.text() + " is " + name + "; use the brand colour");
              }
            });
  }
}
