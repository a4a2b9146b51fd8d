package census.rules.extensions;

import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;

/**
 * The four validator codes that ask for the newer extension beside an older one: an {@code
 * x-ms-dynamic-values} or {@code x-ms-dynamic-schema} whose {@code parameter} reference is of a
 * kind only the newer {@code x-ms-dynamic-list} or {@code x-ms-dynamic-properties} can express
 * (ambiguous, or a property inside the body) must have that extension on the same owner.
 */
abstract class LegacyReferenceNeedsModernExtension implements Rule {
  private final String legacy;
  private final String modern;
  private final Extensions.Reference kind;
  private final String why;

  /**
   * @param legacy the older extension checked
   * @param modern the newer extension that must stand beside it
   * @param kind the kind of reference the older one cannot express
   * @param why what the finding says of such a reference, before "; add {@code modern}"
   */
  LegacyReferenceNeedsModernExtension(
      String legacy, String modern, Extensions.Reference kind, String why) {
    this.legacy = legacy;
    this.modern = modern;
    this.kind = kind;
    this.why = why;
  }

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Extensions.eachArgument(
        connector,
        (ext, inv, arg) -> {
          String ref = arg.reference();
          if (inv.at().key().equals(legacy)
              && !inv.at().owner().has(modern)
              && ref != null
              && !arg.isPathReference()
              && ext.reference(inv.at(), ref) == kind) {
            findings.at(
                ext.doc(),
                arg.trail().field("parameter").pointer(),
                "\"" + ref + "\" " + why + "; add " + modern);
          }
        });
  }
}
