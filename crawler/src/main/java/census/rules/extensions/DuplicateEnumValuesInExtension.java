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
    id = "DuplicateEnumValuesInExtension",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": DuplicateEnumValuesInExtension",
    doc = "x-ms-enum-values gives each value one display name: no value is listed " + "twice.",
    fix = "Remove the duplicate entry.")
public final class DuplicateEnumValuesInExtension implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Extensions.eachOccurrence(
        connector,
        Extensions.ENUM_VALUES,
        (ext, o) -> {
          java.util.Set<com.fasterxml.jackson.databind.JsonNode> seen = new java.util.HashSet<>();
          for (int i = 0; i < o.value().size(); i++) {
            com.fasterxml.jackson.databind.JsonNode value = o.value().get(i).get("value");
            if (value != null && !seen.add(value)) {
              findings.at(
                  ext.doc(),
                  o.ownerTrail().field(Extensions.ENUM_VALUES).index(i).pointer(),
                  "the value " + value + " is listed twice in x-ms-enum-values");
            }
          }
        });
  }
}
