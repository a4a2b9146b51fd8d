package census.rules.schemas;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.SchemaWalk;
import census.rules.Sources;
import com.google.auto.service.AutoService;
import java.util.List;

@AutoService(Rule.class)
@RuleInfo(
    id = "TotalSchemaCountExceedsMaxAllowed",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": TotalSchemaCountExceedsMaxAllowed",
    doc =
        "The definition holds at most "
            + TotalSchemaCountExceedsMaxAllowed.LIMIT
            + " schemas as written (definitions, body, response and shared schemas and all"
            + " nested in them, each counted once where it stands). Microsoft's page names no"
            + " number; Census uses about twice the largest definition in the repository (5,897"
            + " at dev in November 2026), so that only definitions beyond anything certified are"
            + " reported.",
    fix = "Reuse definitions through $ref instead of repeating schemas, or split the connector.")
public final class TotalSchemaCountExceedsMaxAllowed implements Rule {
  static final int LIMIT = 12_000;

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              List<SchemaWalk.Schema> schemas = SchemaWalk.of(connector);
              if (schemas.size() > LIMIT) {
                findings.at(
                    doc,
                    "",
                    "the definition holds " + schemas.size() + " schemas, more than " + LIMIT);
              }
            });
  }
}
