package census.rules.responses;

import census.json.JsonDocument;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.MimeTypes;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Map;

@AutoService(Rule.class)
@RuleInfo(
    id = "ResponseExampleMustBeProducedByOperation",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": ResponseExampleMustBeProducedByOperation",
    doc =
        "Every MIME type keying a response's examples is one the operation produces (its own"
            + " produces, else the root's; parameters such as charset ignored). Operations that"
            + " declare no produces at all are not checked.",
    fix = "Key the example by a MIME type in produces, or add the type to produces.")
public final class ResponseExampleMustBeProducedByOperation implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          List<String> produces = MimeTypes.effective(root, op, "produces");
          if (produces.isEmpty()) {
            return;
          }
          for (SwaggerWalk.Response r : SwaggerWalk.responses(root, op)) {
            boolean inline = !op.node().path("responses").path(r.status()).has("$ref");
            for (Map.Entry<String, JsonNode> e : SwaggerWalk.fields(r.node().path("examples"))) {
              if (!produces.contains(MimeTypes.base(e.getKey()))) {
                findings.at(
                    doc,
                    inline
                        ? r.pointer() + "/examples/" + JsonDocument.escape(e.getKey())
                        : r.pointer(),
                    "response "
                        + r.status()
                        + " has an example for "
                        + e.getKey()
                        + ", which the operation does not produce");
              }
            }
          }
        });
  }
}
