package census.rules.schemas;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "SchemaTooDeep",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": SchemaTooDeep",
    doc =
        "The body schema of a request and the schema of a response nest at most "
            + SchemaTooDeep.LIMIT
            + " levels deep, $refs followed (a property, an array's items and"
            + " additionalProperties each add a level; a recursive reference is not followed"
            + " again). Microsoft's page names no number; Census uses "
            + SchemaTooDeep.LIMIT
            + ", above the deepest schema in the repository (15 levels at dev in November"
            + " 2026), so that only nesting beyond anything certified is reported.",
    fix = "Flatten the schema, or leave the deep part as an untyped object the flow parses.")
public final class SchemaTooDeep implements Rule {
  static final int LIMIT = 20;

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SchemaGraph.eachSchema(
        connector,
        (doc, graph, s) -> {
          if (!SchemaPlaces.isParameterRoot(s.pointer())
              && !SchemaPlaces.isResponseRoot(s.pointer())) {
            return;
          }
          int depth = graph.depth(s.node());
          if (depth > LIMIT) {
            findings.at(
                doc, s.pointer(), "schema nests " + depth + " levels deep, more than " + LIMIT);
          }
        });
  }
}
