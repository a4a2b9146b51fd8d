package census.rules.extensions;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "InvokedOperationShouldProduceArray",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": InvokedOperationShouldProduceArray",
    doc =
        "The operation an x-ms-dynamic-values, x-ms-dynamic-list or "
            + "x-ms-dynamic-tree call invokes returns an array at the collection path "
            + "it names (value-collection, itemsPath; the response itself when none "
            + "is named).",
    fix =
        "Point the collection path at the array of items, or correct the "
            + "invoked operation's response schema.")
public final class InvokedOperationShouldProduceArray implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Outputs.report(connector, findings, /* array= */ true);
  }
}
