package census.rules.info;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;
import java.util.List;

@AutoService(Rule.class)
@RuleInfo(
    id = "ContactDetailsMissing",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.CERTIFICATION
            + ", \"Step 3b\": contact, \"Provide one value for each of the following\"; "
            + Sources.AUTHORING
            + ", \"contact— Include name, url, and email\"",
    doc =
        "info.contact gives the name of the support team, the url of its support site and its"
            + " email, one value each. A definition without any contact is ContactInfoMissing's.",
    fix = "Fill in the missing \"name\", \"url\" or \"email\" of info.contact.",
    replaces = {"ContactInfoMissing"})
public final class ContactDetailsMissing implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    ContactInfoMissing.withContact(
        connector,
        (doc, contact) -> {
          if (!contact.isObject()) {
            return;
          }
          for (String field : List.of("name", "url", "email")) {
            if (contact.path(field).asText("").isBlank()) {
              findings.at(doc, "/info/contact", "info.contact." + field + " is missing or empty");
            }
          }
        });
  }
}
