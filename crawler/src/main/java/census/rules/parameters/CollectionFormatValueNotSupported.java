package census.rules.parameters;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "CollectionFormatValueNotSupported",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": CollectionFormatValueNotSupported",
    doc =
        "A parameter's collectionFormat (and that of its nested items) is csv. Swagger 2.0 also"
            + " defines ssv, tsv, pipes and multi, but the validator supports only some formats without"
            + " listing them; Census accepts csv alone, the only value the repository's connectors"
            + " use, so it is known to work.",
    fix = "Use csv (the default: remove collectionFormat), or take the value as a string.")
public final class CollectionFormatValueNotSupported implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    for (DeclaredParameters.Declared p : DeclaredParameters.of(connector)) {
      com.fasterxml.jackson.databind.JsonNode node = p.node();
      String pointer = p.pointer();
      for (int depth = 0; depth < 8 && node.isObject(); depth++) {
        com.fasterxml.jackson.databind.JsonNode format = node.path("collectionFormat");
        if (!format.isMissingNode() && !format.asText("").equals("csv")) {
          findings.at(
              connector.definition().orElseThrow(),
              pointer + "/collectionFormat",
              "collectionFormat " + format + " of parameter \"" + p.name() + "\" is not supported");
        }
        node = node.path("items");
        pointer += "/items";
      }
    }
  }
}
