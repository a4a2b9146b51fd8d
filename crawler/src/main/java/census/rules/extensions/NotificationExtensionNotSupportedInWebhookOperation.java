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
    id = "NotificationExtensionNotSupportedInWebhookOperation",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": NotificationExtensionNotSupportedInWebhookOperation",
    doc =
        "A webhook trigger does not carry x-ms-notification: it is already the "
            + "notification; the extension belongs on the polling trigger it stands "
            + "for.",
    fix = "Remove x-ms-notification from the webhook trigger.")
public final class NotificationExtensionNotSupportedInWebhookOperation implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Webhooks.eachOperationNotification(
        connector,
        (ext, hooks, o) -> {
          if (hooks.isWebhook(o.op())) {
            findings.at(ext.doc(), o.pointer(), "x-ms-notification on a webhook trigger");
          }
        });
  }
}
