package census.rules.operations;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "InvalidNextLinkNameValue",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": InvalidNextLinkNameValue",
    doc = "x-ms-pageable's nextLinkName is \"nextLink\" or \"@odata.nextLink\".",
    fix =
        "Set nextLinkName to the response property that holds the next page's URL: nextLink or @odata.nextLink.")
public final class InvalidNextLinkNameValue implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          com.fasterxml.jackson.databind.JsonNode name =
              op.node().path("x-ms-pageable").path("nextLinkName");
          if (name.isTextual()
              && !name.asText().equals("nextLink")
              && !name.asText().equals("@odata.nextLink")) {
            findings.at(
                doc,
                op.pointer() + "/x-ms-pageable/nextLinkName",
                "nextLinkName \"" + name.asText() + "\" is not nextLink or @odata.nextLink");
          }
        });
  }
}
