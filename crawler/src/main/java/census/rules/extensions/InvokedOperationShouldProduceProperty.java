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
    id = "InvokedOperationShouldProduceProperty",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": InvokedOperationShouldProduceProperty",
    doc =
        "The properties a dynamic call reads from the invoked operation's "
            + "success response (value-collection, value-path, value-title, "
            + "itemsPath, itemValuePath, itemTitlePath) exist in its response schema.",
    fix = "Correct the path, or declare it in the invoked operation's response " + "schema.")
public final class InvokedOperationShouldProduceProperty implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Outputs.report(connector, findings, /* array= */ false);
  }
}
