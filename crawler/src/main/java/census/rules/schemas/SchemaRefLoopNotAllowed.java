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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

@AutoService(Rule.class)
@RuleInfo(
    id = "SchemaRefLoopNotAllowed",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": SchemaRefLoopNotAllowed",
    doc =
        "A definition is a schema, not only a $ref to another definition: an alias adds nothing"
            + " but a hop, and aliases that lead back to themselves never reach a schema.",
    fix = "Refer to the target definition directly, and remove the alias.")
public final class SchemaRefLoopNotAllowed implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              JsonNode definitions = doc.tree().path("definitions");
              for (Map.Entry<String, JsonNode> d : SwaggerWalk.fields(definitions)) {
                String target = SchemaGraph.target(d.getValue());
                if (target == null) {
                  continue;
                }
                findings.at(
                    doc,
                    SchemaGraph.pointerOf(d.getKey()) + "/$ref",
                    loops(definitions, d.getKey())
                        ? "definition " + d.getKey() + " is part of a loop of $refs"
                        : "definition " + d.getKey() + " is only a $ref to " + target);
              }
            });
  }

  /** Whether following the aliases from {@code start} comes back to an alias already seen. */
  private static boolean loops(JsonNode definitions, String start) {
    Set<String> seen = new HashSet<>();
    for (String at = start; at != null; at = SchemaGraph.target(definitions.path(at))) {
      if (!seen.add(at)) {
        return true;
      }
    }
    return false;
  }
}
