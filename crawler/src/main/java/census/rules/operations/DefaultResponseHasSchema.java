package census.rules.operations;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Fixability;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "DefaultResponseHasSchema",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": DefaultResponseHasSchema",
    doc =
        "The \"default\" response carries no schema: the designer builds dynamic content from the"
            + " success (2xx) response's schema only.",
    fix =
        "Move the schema to the 200 (or other 2xx) response and leave \"default\" with a description.",
    fixability = Fixability.UNSAFE,
    fixSafety =
        "Removes the schema where a 2xx response of the operation has one, which the designer"
            + " builds the outputs from; a flow that reads a failed call's body by its fields may"
            + " rely on it. Where no 2xx response has a schema the default's may be the outputs,"
            + " and it gets no fix.")
public final class DefaultResponseHasSchema implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachResponse(
        connector,
        (doc, op, r) -> {
          if (r.status().equals("default") && r.node().has("schema")) {
            findings.at(
                doc,
                r.pointer() + "/schema",
                "the default response has a schema",
                ResponseSchemas.removal(connector, doc, op, r));
          }
        });
  }
}
