package census.rules.properties;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.info.Documents;
import com.google.auto.service.AutoService;
import java.util.regex.Pattern;

@AutoService(Rule.class)
@RuleInfo(
    id = "IconBrandColorNotValid",
    severity = Severity.ERROR,
    files = {"apiProperties.json"},
    source =
        Sources.A_TO_Z
            + ", apiProperties.json: \"The icon background color is provided in hex code\"; "
            + Sources.CERTIFICATION
            + ", \"Design an icon for your connector\"",
    doc =
        "properties.iconBrandColor is present and a hex colour of the form #rrggbb: the designer"
            + " paints the icon's background with it.",
    fix = "Set \"iconBrandColor\" to the icon's background colour, e.g. \"#0f6cbd\".")
public final class IconBrandColorNotValid implements Rule {
  static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Documents.properties(connector)
        .ifPresent(
            doc -> {
              PropertiesNode properties = PropertiesNode.properties(doc);
              PropertiesNode color = properties.get("iconBrandColor");
              if (color.isMissing()) {
                findings.at(
                    doc,
                    properties.isMissing() ? "" : properties.pointer(),
                    "iconBrandColor is missing");
              } else if (!isColor(color)) {
                findings.at(
                    doc,
                    color.pointer(),
                    "iconBrandColor " + color.node() + " is not a hex colour such as #0f6cbd");
              }
            });
  }

  /** True for a text node holding {@code #rrggbb}. */
  static boolean isColor(PropertiesNode color) {
    return HEX.matcher(color.text()).matches();
  }
}
