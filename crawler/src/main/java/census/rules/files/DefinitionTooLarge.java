package census.rules.files;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Enforcement;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "DefinitionTooLarge",
    severity = Severity.ERROR,
    enforcedBy = Enforcement.PLATFORM,
    rationale =
        "The platform refuses a definition over 1 MB; no merged version carries one (0 of 4,199"
            + " to 2023), and the 8 pull-request versions over it were cut below it before merge.",
    files = {"apiDefinition.swagger.json"},
    source = Sources.AUTHORING + ", \"Don't: Exceed 1 MB for the OpenAPI definition file\"",
    doc =
        "The API definition file is at most 1 MB (1,048,576 bytes); the platform does not accept"
            + " larger definitions.",
    fix =
        "Move repeated schemas into definitions and reference them with $ref, drop unused"
            + " definitions and examples, or split the connector.",
    version = 2)
public final class DefinitionTooLarge implements Rule {
  static final long MAX_BYTES = 1024 * 1024;

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .folder()
        .swaggerFile()
        .filter(f -> f.size() > MAX_BYTES)
        .ifPresent(
            f ->
                // No size in the message: the finding stays the same finding (for baselines,
                // --new-from-rev and the evidence) while an edit changes the size.
                findings.file(
                    f.name(),
                    String.format("the definition is over the limit of %,d bytes", MAX_BYTES)));
  }
}
