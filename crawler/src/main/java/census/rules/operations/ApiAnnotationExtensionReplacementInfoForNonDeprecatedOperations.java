package census.rules.operations;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR + ": ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations",
    doc =
        "x-ms-api-annotation.replacement, which points users to the operation that supersedes this"
            + " one, is only given on an operation marked deprecated: true.",
    fix = "Mark the operation deprecated: true, or remove the replacement.")
public final class ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          JsonNode annotation = op.node().path("x-ms-api-annotation");
          if (annotation.has("replacement") && !op.node().path("deprecated").asBoolean(false)) {
            findings.at(
                doc,
                op.pointer() + "/x-ms-api-annotation/replacement",
                op.operationId() + " names a replacement but is not deprecated");
          }
        });
  }
}
