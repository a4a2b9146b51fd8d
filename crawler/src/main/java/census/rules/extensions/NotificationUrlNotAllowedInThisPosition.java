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
    id = "NotificationUrlNotAllowedInThisPosition",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": NotificationUrlNotAllowedInThisPosition",
    doc =
        "x-ms-notification-url marks a property of an operation's request body; "
            + "anywhere else (a response, the notification payload, a non-body "
            + "parameter, a definition only those use) it means nothing. A definition "
            + "nothing refers to is left alone.",
    fix =
        "Move the marker to the callback URL property of the subscribing "
            + "operation's body, or remove it.")
public final class NotificationUrlNotAllowedInThisPosition implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Extensions.of(connector)
        .ifPresent(
            ext -> {
              Webhooks hooks = Webhooks.of(connector).orElseThrow();
              java.util.Set<String> allowed = hooks.allUrls().keySet();
              for (Extensions.Occurrence o : ext.occurrences(Extensions.NOTIFICATION_URL)) {
                String at = o.ownerTrail().pointer();
                if (o.value().asBoolean(false) && !allowed.contains(at) && !unused(ext, at)) {
                  findings.at(
                      ext.doc(),
                      o.pointer(),
                      "x-ms-notification-url outside an operation's request body");
                }
              }
            });
  }

  /** In a definition nothing refers to: dead text, left to whoever cleans up definitions. */
  private static boolean unused(Extensions ext, String pointer) {
    if (!pointer.startsWith("/definitions/")) {
      return false;
    }
    int end = pointer.indexOf('/', "/definitions/".length());
    return !ext.referenced(end < 0 ? pointer : pointer.substring(0, end));
  }
}
