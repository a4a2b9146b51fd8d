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
    id = "InvalidEnumValuesExtensionValue",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": InvalidEnumValuesExtensionValue",
    doc =
        "Every value x-ms-enum-values names a display name for is one of the "
            + "values of the schema's enum.",
    fix = "Add the value to enum, or correct or remove the x-ms-enum-values " + "entry.")
public final class InvalidEnumValuesExtensionValue implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Extensions.eachOccurrence(
        connector,
        Extensions.ENUM_VALUES,
        (ext, o) -> {
          com.fasterxml.jackson.databind.JsonNode allowed = o.owner().path("enum");
          if (!allowed.isArray()) {
            return;
          }
          java.util.Set<com.fasterxml.jackson.databind.JsonNode> values = new java.util.HashSet<>();
          allowed.forEach(values::add);
          for (int i = 0; i < o.value().size(); i++) {
            com.fasterxml.jackson.databind.JsonNode value = o.value().get(i).get("value");
            if (value != null && !values.contains(value)) {
              findings.at(
                  ext.doc(),
                  o.ownerTrail().field(Extensions.ENUM_VALUES).index(i).field("value").pointer(),
                  "the value " + value + " is not in the schema's enum");
            }
          }
        });
  }
}
