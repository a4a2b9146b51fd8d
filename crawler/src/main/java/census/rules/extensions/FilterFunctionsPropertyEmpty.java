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
    id = "FilterFunctionsPropertyEmpty",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": FilterFunctionsPropertyEmpty",
    doc =
        "filterFunctions in x-ms-capabilities, when present, lists at least one "
            + "filter function.",
    fix = "List the supported filter functions, or remove filterFunctions.")
public final class FilterFunctionsPropertyEmpty implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Extensions.eachOccurrence(
        connector,
        Extensions.CAPABILITIES,
        (ext, o) -> {
          com.fasterxml.jackson.databind.JsonNode functions = o.value().path("filterFunctions");
          if (functions.isArray() && functions.isEmpty()) {
            findings.at(
                ext.doc(),
                o.ownerTrail().field(Extensions.CAPABILITIES).field("filterFunctions").pointer(),
                "filterFunctions is empty");
          }
        });
  }
}
