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
    id = "SchemesArrayEmpty",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": SchemesArrayEmpty",
    doc =
        "schemes, where given, is not an empty array: with no scheme the platform cannot build"
            + " a request URL.",
    fix = "Write \"schemes\": [\"https\"].")
public final class SchemesArrayEmpty implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              JsonNode schemes = doc.tree().path("schemes");
              if (schemes.isArray() && schemes.isEmpty()) {
                findings.at(doc, "/schemes", "schemes is empty");
              }
            });
  }
}
