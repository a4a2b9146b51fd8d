package census.rules.operations;

import census.connector.ConnectorContext;
import census.model.Severity;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "ApiAnnotationExtensionReplacementInfoMissingApiProperty",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": ApiAnnotationExtensionReplacementInfoMissingApiProperty",
    doc = "An x-ms-api-annotation.replacement names the api that holds the replacing operation.",
    fix = "Add \"api\" (the connector's api name) to the replacement.")
public final class ApiAnnotationExtensionReplacementInfoMissingApiProperty implements Rule {
  @Override
  public void check(ConnectorContext connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          JsonNode replacement = op.node().path("x-ms-api-annotation").path("replacement");
          if (replacement.isObject() && replacement.path("api").asText("").isBlank()) {
            findings.at(
                doc,
                op.pointer() + "/x-ms-api-annotation/replacement",
                "the replacement of " + op.operationId() + " does not name its api");
          }
        });
  }
}
