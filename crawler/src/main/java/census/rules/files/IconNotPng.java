package census.rules.files;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "IconNotPng",
    severity = Severity.WARNING,
    files = {"icon.png"},
    source = Sources.CERTIFICATION + ", \"Design an icon for your connector\"",
    doc =
        "An icon.png in the folder is a PNG image: it starts with the PNG signature and an IHDR"
            + " header. A JPEG or SVG renamed to .png is rejected when the connector is packaged.",
    fix = "Export the icon as PNG (File > Export as PNG in most editors) and replace icon.png.")
public final class IconNotPng implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .icon()
        .ifPresent(
            bytes -> {
              if (PngHeader.read(bytes).isEmpty()) {
                findings.file(
                    connector.folder().iconFile().orElseThrow().name(),
                    "icon.png is not a PNG image (" + PngHeader.describe(bytes) + ")");
              }
            });
  }
}
