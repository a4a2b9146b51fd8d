package census.rules.info;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.List;

@AutoService(Rule.class)
@RuleInfo(
    id = "RequiredPropertyMissing",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": RequiredPropertyMissing; "
            + Sources.CERTIFICATION
            + ", \"Give your connector a title\" and \"Write a description for your connector\"; "
            + Sources.A_TO_Z
            + ", \"info section is complete\"",
    doc =
        "The definition has an info object with title, description and version, and a host: the"
            + " title and description \"must exist\", and without a host the platform has nowhere"
            + " to send requests.",
    fix = "Add the missing property; see the info block in the guide's Swagger example.")
public final class RequiredPropertyMissing implements Rule {
  static final List<String> INFO_FIELDS = List.of("title", "description", "version");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              JsonNode root = doc.tree();
              if (!root.has("host")) {
                findings.at(doc, "", "the definition has no host");
              }
              if (!root.has("info")) {
                findings.at(doc, "", "the definition has no info object");
                return;
              }
              for (String field : INFO_FIELDS) {
                if (!root.path("info").has(field)) {
                  findings.at(doc, "/info", "info has no " + field);
                }
              }
            });
  }
}
