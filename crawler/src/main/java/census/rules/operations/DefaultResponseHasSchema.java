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
    id = "DefaultResponseHasSchema",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": DefaultResponseHasSchema",
    doc =
        "The \"default\" response carries no schema: the designer builds dynamic content from the"
            + " success (2xx) response's schema only.",
    fix =
        "Move the schema to the 200 (or other 2xx) response and leave \"default\" with a description.")
public final class DefaultResponseHasSchema implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachResponse(
        connector,
        (doc, op, r) -> {
          if (r.status().equals("default") && r.node().has("schema")) {
            findings.at(doc, r.pointer() + "/schema", "the default response has a schema");
          }
        });
  }
}
