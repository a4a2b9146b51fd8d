package census.rules.schemas;

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
    id = "OperationSchemaCountExceedsMaxAllowed",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationSchemaCountExceedsMaxAllowed",
    doc =
        "One operation holds at most "
            + OperationSchemaCountExceedsMaxAllowed.LIMIT
            + " schemas: one per non-body parameter, plus every schema of its body and responses,"
            + " $refs expanded and a recursive reference counted once. Microsoft's page names no"
            + " number; Census uses about twice the largest operation in the repository (691 at"
            + " dev in November 2026), so that only operations beyond anything certified are"
            + " reported.",
    fix =
        "Split the operation, or leave rarely used parts of its body and responses as untyped"
            + " objects.")
public final class OperationSchemaCountExceedsMaxAllowed implements Rule {
  static final int LIMIT = 1_500;

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SchemaGraph graph = SchemaGraph.of(connector);
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          long count = 0;
          for (SwaggerWalk.Parameter p : SwaggerWalk.parameters(root, op)) {
            JsonNode schema = p.node().path("schema");
            count += schema.isObject() ? graph.count(schema) : 1;
          }
          for (SwaggerWalk.Response r : SwaggerWalk.responses(root, op)) {
            count += graph.count(r.node().path("schema"));
          }
          if (count > LIMIT) {
            findings.at(
                doc, op.pointer(), "operation holds " + count + " schemas, more than " + LIMIT);
          }
        });
  }
}
