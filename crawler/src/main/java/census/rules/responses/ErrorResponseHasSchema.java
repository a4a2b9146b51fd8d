package census.rules.responses;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Fixability;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import census.rules.operations.ResponseSchemas;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "ErrorResponseHasSchema",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.AUTHORING + ", \"Response schemas on 2xx only\"",
    doc =
        "4xx and 5xx responses carry no schema: the designer offers only success outputs, and error schemas become confusing dynamic content.",
    fix = "Keep the error response's description and remove its schema.",
    fixability = Fixability.UNSAFE,
    fixSafety =
        "Removes the schema (where a referenced response is defined, if every operation that uses"
            + " it does so for an error or an ignored default): the designer builds no outputs from"
            + " it, but a flow that reads an error's body by its fields may rely on it.")
public final class ErrorResponseHasSchema implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachResponse(
        connector,
        (doc, op, r) -> {
          if ((r.status().startsWith("4") || r.status().startsWith("5"))
              && r.node().has("schema")) {
            findings.at(
                doc,
                r.pointer() + "/schema",
                "the " + r.status() + " response has a schema",
                ResponseSchemas.removal(connector, doc, op, r));
          }
        });
  }
}
