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
    id = "NotificationUrlNotRequired",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": NotificationUrlNotRequired",
    doc =
        "The notification URL property is required all the way down: the body "
            + "parameter is required and each object on the way lists the next "
            + "property in its required.",
    fix =
        "Mark the body parameter required and list the property (and each "
            + "parent) in its parent's required.")
public final class NotificationUrlNotRequired implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Webhooks.eachUrl(
        connector,
        (ext, u) -> {
          if (!u.required()) {
            findings.at(
                ext.doc(),
                u.pointer(),
                "the notification URL property is not required all the way down");
          }
        });
  }
}
