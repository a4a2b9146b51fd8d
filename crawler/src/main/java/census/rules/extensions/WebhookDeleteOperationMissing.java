package census.rules.extensions;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "WebhookDeleteOperationMissing",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.AUTHORING
            + ", Webhook Triggers, \"Must also define a DELETE operation so the platform can"
            + " unregister webhooks\"",
    doc =
        "A definition with a webhook trigger (an x-ms-trigger operation that declares"
            + " x-ms-notification-content or sends an x-ms-notification-url) also has a DELETE"
            + " operation: the platform calls it, at the address the registration returned, to"
            + " remove the webhook when the flow is turned off or deleted.",
    fix =
        "Add a DELETE operation for the registered webhook (e.g. DELETE /hooks/{hookId}),"
            + " usually with x-ms-visibility internal.")
public final class WebhookDeleteOperationMissing implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    if (SwaggerWalk.operations(connector).stream().anyMatch(op -> op.method().equals("delete"))) {
      return;
    }
    Webhooks.eachOperation(
        connector,
        (ext, hooks, op) -> {
          if (hooks.isWebhook(op)) {
            findings.at(
                ext.doc(),
                op.pointer(),
                "webhook trigger "
                    + op.label()
                    + " registers a webhook, but no DELETE operation can remove it");
          }
        });
  }
}
