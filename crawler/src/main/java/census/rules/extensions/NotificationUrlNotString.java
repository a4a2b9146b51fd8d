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
    id = "NotificationUrlNotString",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": NotificationUrlNotString",
    doc = "The notification URL property is a string.",
    fix = "Give the property \"type\": \"string\".")
public final class NotificationUrlNotString implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Webhooks.eachUrl(
        connector,
        (ext, u) -> {
          if (!Schemas.type(u.schema()).equals("string")) {
            findings.at(ext.doc(), u.pointer(), "the notification URL property is not a string");
          }
        });
  }
}
