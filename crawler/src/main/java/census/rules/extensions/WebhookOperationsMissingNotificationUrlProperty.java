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
    id = "WebhookOperationsMissingNotificationUrlProperty",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": WebhookOperationsMissingNotificationUrlProperty",
    doc =
        "A webhook trigger (an x-ms-trigger operation with "
            + "x-ms-notification-content) has a property marked x-ms-notification-url "
            + "in its body, where the platform puts the URL the service calls back.",
    fix =
        "Add the callback URL property to the body, with "
            + "\"x-ms-notification-url\": true, \"x-ms-visibility\": \"internal\" and "
            + "required.")
public final class WebhookOperationsMissingNotificationUrlProperty implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Webhooks.eachOperation(
        connector,
        (ext, hooks, op) -> {
          if (Webhooks.isTrigger(op) && hooks.hasContent(op) && hooks.urls(op).isEmpty()) {
            findings.at(
                ext.doc(),
                op.pointer(),
                "webhook trigger \""
                    + op.operationId()
                    + "\" has no x-ms-notification-url property");
          }
        });
  }
}
