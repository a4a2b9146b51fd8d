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
    id = "OperationMustHaveNotificationContentExtension",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationMustHaveNotificationContentExtension",
    doc =
        "An operation whose body carries a notification URL "
            + "(x-ms-notification-url) declares the payload the service sends to it "
            + "with x-ms-notification-content, on the operation or its path.",
    fix = "Add x-ms-notification-content with the payload schema to the path " + "item.")
public final class OperationMustHaveNotificationContentExtension implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Webhooks.eachOperation(
        connector,
        (ext, hooks, op) -> {
          if (!hooks.urls(op).isEmpty() && !hooks.hasContent(op)) {
            findings.at(
                ext.doc(),
                op.pointer(),
                "\""
                    + op.operationId()
                    + "\" sends a notification URL but declares no"
                    + " x-ms-notification-content");
          }
        });
  }
}
