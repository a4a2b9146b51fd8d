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
    id = "MissingEnumValuesDisplayName",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": MissingEnumValuesDisplayName",
    doc =
        "Every entry of x-ms-enum-values has a displayName, the text the "
            + "designer shows for its value.",
    fix = "Add a displayName to the entry.")
public final class MissingEnumValuesDisplayName implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Extensions.eachOccurrence(
        connector,
        Extensions.ENUM_VALUES,
        (ext, o) -> {
          for (int i = 0; i < o.value().size(); i++) {
            com.fasterxml.jackson.databind.JsonNode entry = o.value().get(i);
            if (entry.isObject() && entry.path("displayName").asText("").isBlank()) {
              findings.at(
                  ext.doc(),
                  o.ownerTrail().field(Extensions.ENUM_VALUES).index(i).pointer(),
                  "x-ms-enum-values entry for " + entry.path("value") + " has no displayName");
            }
          }
        });
  }
}
