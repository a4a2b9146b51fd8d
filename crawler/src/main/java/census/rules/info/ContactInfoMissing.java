package census.rules.info;

import census.json.JsonDocument;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.function.BiConsumer;

@AutoService(Rule.class)
@RuleInfo(
    id = "ContactInfoMissing",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.A_TO_Z
            + ", the validator's \"info : The 'contact' property is required\"; "
            + Sources.PUBLISHING
            + ", support email",
    doc =
        "info has a contact object, so Microsoft and users can reach whoever supports the"
            + " connector. A contact without its name, url or email is ContactDetailsMissing's.",
    fix = "Add \"contact\": {\"name\": ..., \"url\": ..., \"email\": ...} under info.",
    version = 2)
public final class ContactInfoMissing implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    withContact(
        connector,
        (doc, contact) -> {
          if (!contact.isObject()) {
            findings.at(doc, "/info", "info.contact is missing");
          }
        });
  }

  /** Runs {@code check} on the definition's info.contact, a missing node where there is none. */
  static void withContact(ConnectorIndex connector, BiConsumer<JsonDocument, JsonNode> check) {
    connector
        .definition()
        .ifPresent(doc -> check.accept(doc, doc.tree().path("info").path("contact")));
  }
}
