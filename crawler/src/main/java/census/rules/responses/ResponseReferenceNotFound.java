package census.rules.responses;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Enforcement;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.Map;

@AutoService(Rule.class)
@RuleInfo(
    id = "ResponseReferenceNotFound",
    severity = Severity.ERROR,
    enforcedBy = Enforcement.FORMAT,
    rationale =
        "A $ref that resolves to nothing makes the definition invalid Swagger 2.0: import cannot build the response.",
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": ResponseReferenceNotFound",
    doc = "A response $ref of the form #/responses/NAME names a response defined there.",
    fix = "Define the response under #/responses, or fix the reference.")
public final class ResponseReferenceNotFound implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          for (Map.Entry<String, JsonNode> r : SwaggerWalk.fields(op.node().path("responses"))) {
            String ref = r.getValue().path("$ref").asText("");
            if (ref.startsWith("#/responses/") && SwaggerWalk.local(root, ref).isEmpty()) {
              findings.at(
                  doc,
                  op.pointer()
                      + "/responses/"
                      + census.json.JsonDocument.escape(r.getKey())
                      + "/$ref",
                  "response reference " + ref + " does not resolve");
            }
          }
        });
  }
}
