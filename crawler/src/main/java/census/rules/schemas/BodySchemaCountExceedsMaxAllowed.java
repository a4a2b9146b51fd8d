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
    id = "BodySchemaCountExceedsMaxAllowed",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": BodySchemaCountExceedsMaxAllowed",
    doc =
        "The schema of a body parameter holds at most "
            + BodySchemaCountExceedsMaxAllowed.LIMIT
            + " schemas (itself, every property, items and additionalProperties), $refs"
            + " expanded and a recursive reference counted once. Microsoft's page names no"
            + " number; Census uses about twice the largest body in the repository (456 at dev"
            + " in November 2026), so that only bodies beyond anything certified are reported.",
    fix = "Split the operation, or leave rarely used parts of the body as untyped objects.")
public final class BodySchemaCountExceedsMaxAllowed implements Rule {
  static final int LIMIT = 1_000;

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SchemaGraph.eachSchema(
        connector,
        (doc, graph, s) -> {
          if (s.input() && SchemaPlaces.isParameterRoot(s.pointer())) {
            int count = graph.count(s.node());
            if (count > LIMIT) {
              findings.at(
                  doc, s.pointer(), "body schema holds " + count + " schemas, more than " + LIMIT);
            }
          }
        });
  }
}
