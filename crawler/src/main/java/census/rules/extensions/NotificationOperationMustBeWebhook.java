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
    id = "NotificationOperationMustBeWebhook",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": NotificationOperationMustBeWebhook",
    doc =
        "The operation x-ms-notification names is a webhook trigger "
            + "(x-ms-trigger with x-ms-notification-content or a notification URL).",
    fix = "Name the webhook trigger that delivers the same events.")
public final class NotificationOperationMustBeWebhook implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Webhooks.eachOperationNotification(
        connector,
        (ext, hooks, o) -> {
          String id = o.value().path("operationId").asText("");
          ext.operation(id)
              .filter(target -> !hooks.isWebhook(target))
              .ifPresent(
                  target ->
                      findings.at(
                          ext.doc(),
                          o.ownerTrail()
                              .field(Extensions.NOTIFICATION)
                              .field("operationId")
                              .pointer(),
                          "\"" + id + "\" is not a webhook trigger"));
        });
  }
}
