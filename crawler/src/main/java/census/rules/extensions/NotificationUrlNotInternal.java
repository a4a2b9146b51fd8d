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
    id = "NotificationUrlNotInternal",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": NotificationUrlNotInternal",
    doc =
        "The notification URL property, or one of its parents, is internal "
            + "(x-ms-visibility: internal): the platform fills it, users must not see "
            + "it.",
    fix = "Add \"x-ms-visibility\": \"internal\" to the property (or its parent).")
public final class NotificationUrlNotInternal implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Webhooks.eachUrl(
        connector,
        (ext, u) -> {
          if (!u.internal()) {
            findings.at(ext.doc(), u.pointer(), "the notification URL property is not internal");
          }
        });
  }
}
