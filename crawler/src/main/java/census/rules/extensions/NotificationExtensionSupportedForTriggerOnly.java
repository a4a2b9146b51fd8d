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
    id = "NotificationExtensionSupportedForTriggerOnly",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": NotificationExtensionSupportedForTriggerOnly",
    doc =
        "x-ms-notification (the webhook that notifies about the same events) "
            + "stands only on a trigger operation.",
    fix = "Remove x-ms-notification, or mark the operation as a trigger.")
public final class NotificationExtensionSupportedForTriggerOnly implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Webhooks.eachOperationNotification(
        connector,
        (ext, hooks, o) -> {
          if (!Webhooks.isTrigger(o.op())) {
            findings.at(
                ext.doc(), o.pointer(), "x-ms-notification on an operation that is not a trigger");
          }
        });
  }
}
