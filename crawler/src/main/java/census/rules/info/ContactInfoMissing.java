package census.rules.info;

import census.connector.ConnectorContext;
import census.model.Severity;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.List;

@AutoService(Rule.class)
@RuleInfo(
    id = "ContactInfoMissing",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.A_TO_Z
            + ", \"info section is complete\"; "
            + Sources.PUBLISHING
            + ", support email",
    doc =
        "info.contact gives the name, url and email of whoever supports the connector, so"
            + " Microsoft and users can reach them.",
    fix = "Add \"contact\": {\"name\": ..., \"url\": ..., \"email\": ...} under info.")
public final class ContactInfoMissing implements Rule {
  @Override
  public void check(ConnectorContext connector, Findings findings) {
    Documents.swagger(connector)
        .ifPresent(
            doc -> {
              JsonNode contact = doc.tree().path("info").path("contact");
              if (!contact.isObject()) {
                findings.at(doc, "/info", "info.contact is missing");
                return;
              }
              for (String field : List.of("name", "url", "email")) {
                if (contact.path(field).asText("").isBlank()) {
                  findings.at(
                      doc, "/info/contact", "info.contact." + field + " is missing or empty");
                }
              }
            });
  }
}
