package census.rules.operations;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.google.auto.service.AutoService;
import java.util.List;

@AutoService(Rule.class)
@RuleInfo(
    id = "TotalOperationsCountExceedsMaxAllowed",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": TotalOperationsCountExceedsMaxAllowed",
    doc =
        "The definition holds at most "
            + TotalOperationsCountExceedsMaxAllowed.LIMIT
            + " operations. Microsoft's page names no number; Census uses about twice the"
            + " largest connector in the repository (219 operations at dev in November 2026), so"
            + " that only connectors beyond anything certified are reported.",
    fix = "Split the connector by area, or drop operations few flows need.")
public final class TotalOperationsCountExceedsMaxAllowed implements Rule {
  static final int LIMIT = 400;

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              List<SwaggerWalk.Operation> ops = SwaggerWalk.operations(connector);
              if (ops.size() > LIMIT) {
                findings.at(
                    doc,
                    "/paths",
                    "the definition holds " + ops.size() + " operations, more than " + LIMIT);
              }
            });
  }
}
