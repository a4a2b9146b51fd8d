package census.rules.files;

import census.model.ConnectorKind;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "IconSize",
    severity = Severity.ERROR,
    kinds = ConnectorKind.CERTIFIED,
    files = {"icon.png"},
    source =
        Sources.CERTIFICATION
            + ", \"Design an icon for your connector\"; "
            + Sources.A_TO_Z
            + ", icon files",
    doc =
        "A certified connector's icon is square, between 100 × 100 and 230 × 230 pixels (a logo of"
            + " about 160 × 160 inside a square of about 230 × 230). Independent publishers get a"
            + " generic icon, so this does not apply to them.",
    fix = "Resize the canvas to a square of 230 × 230 pixels with the logo centred inside it.")
public final class IconSize implements Rule {
  static final int MIN_SIDE = 100;
  static final int MAX_SIDE = 230;

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .icon()
        .flatMap(PngHeader::read)
        .ifPresent(
            png -> {
              String file = connector.folder().iconFile().orElseThrow().name();
              String size = png.width() + " × " + png.height() + " pixels";
              if (png.width() != png.height()) {
                findings.file(file, "the icon is " + size + "; it must be square");
              } else if (png.width() < MIN_SIDE || png.width() > MAX_SIDE) {
                findings.file(
                    file,
                    "the icon is "
                        + size
                        + "; it must be between "
                        + MIN_SIDE
                        + " and "
                        + MAX_SIDE
                        + " pixels a side (230 recommended)");
              }
            });
  }
}
