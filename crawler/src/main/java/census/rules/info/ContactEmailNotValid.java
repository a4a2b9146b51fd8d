package census.rules.info;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "ContactEmailNotValid",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": ContactEmailNotValid; "
            + Sources.AUTHORING
            + ", key rules: contact \"with a valid email address\"",
    doc =
        "info.contact.email is a valid ASCII e-mail address: Microsoft and users write to it"
            + " for support.",
    fix = "Write one plain address such as support@contoso.com, without a name or mailto:.")
public final class ContactEmailNotValid implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              JsonNode email = doc.tree().path("info").path("contact").path("email");
              // Missing or empty is ContactDetailsMissing's finding.
              if (email.isTextual()
                  && !email.asText().isBlank()
                  && !WebAddresses.isEmail(email.asText())) {
                findings.at(
                    doc,
                    "/info/contact/email",
                    "\"" + email.asText() + "\" is not a valid e-mail address");
              }
            });
  }
}
