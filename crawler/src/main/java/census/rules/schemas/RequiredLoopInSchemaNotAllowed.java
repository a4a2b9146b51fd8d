package census.rules.schemas;

import census.json.JsonDocument;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@AutoService(Rule.class)
@RuleInfo(
    id = "RequiredLoopInSchemaNotAllowed",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": RequiredLoopInSchemaNotAllowed",
    doc =
        "No definition requires, through a chain of required properties (or allOf) that are"
            + " $refs, a value of itself: such an object would have to contain itself without"
            + " end, and no value can satisfy it. Loops through optional properties or array"
            + " items are fine (they may stop).",
    fix = "Make one property of the loop optional.")
public final class RequiredLoopInSchemaNotAllowed implements Rule {
  /** An edge: definition {@code from} needs a {@code to} at {@code pointer}. */
  private record Edge(String to, String pointer) {}

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              Map<String, List<Edge>> edges = edges(doc.tree().path("definitions"));
              Set<String> looping = onLoops(edges);
              for (Map.Entry<String, List<Edge>> e : edges.entrySet()) {
                if (!looping.contains(e.getKey())) {
                  continue;
                }
                for (Edge edge : e.getValue()) {
                  if (looping.contains(edge.to())) {
                    findings.at(
                        doc,
                        edge.pointer(),
                        e.getKey() + " requires " + edge.to() + ", which requires it back");
                  }
                }
              }
            });
  }

  /** For each definition, the definitions its required properties and allOf members are. */
  private static Map<String, List<Edge>> edges(JsonNode definitions) {
    Map<String, List<Edge>> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> d : SwaggerWalk.fields(definitions)) {
      List<Edge> list = new ArrayList<>();
      String at = SchemaGraph.pointerOf(d.getKey());
      collect(d.getValue(), at, list);
      JsonNode allOf = d.getValue().path("allOf");
      for (int i = 0; i < allOf.size(); i++) {
        String target = SchemaGraph.target(allOf.get(i));
        if (target != null) {
          list.add(new Edge(target, at + "/allOf/" + i + "/$ref"));
        } else {
          collect(allOf.get(i), at + "/allOf/" + i, list);
        }
      }
      if (!list.isEmpty()) {
        out.put(d.getKey(), list);
      }
    }
    return out;
  }

  private static void collect(JsonNode schema, String at, List<Edge> out) {
    for (JsonNode name : schema.path("required")) {
      JsonNode property = schema.path("properties").path(name.asText());
      String target = SchemaGraph.target(property);
      if (target != null) {
        out.add(
            new Edge(target, at + "/properties/" + JsonDocument.escape(name.asText()) + "/$ref"));
      }
    }
  }

  /**
   * The definitions that lie on a loop: trim those that need nothing left (repeatedly), then keep
   * those that reach themselves. What survives the trim is small, so the search stays cheap.
   */
  private static Set<String> onLoops(Map<String, List<Edge>> edges) {
    Set<String> left = new HashSet<>(edges.keySet());
    boolean trimmed = true;
    while (trimmed) {
      trimmed = left.removeIf(d -> edges.get(d).stream().noneMatch(e -> left.contains(e.to())));
    }
    Set<String> looping = new HashSet<>();
    for (String start : left) {
      Deque<String> todo = new ArrayDeque<>();
      Set<String> seen = new HashSet<>();
      edges.get(start).forEach(e -> todo.add(e.to()));
      while (!todo.isEmpty()) {
        String d = todo.pop();
        if (d.equals(start)) {
          looping.add(start);
          break;
        }
        if (left.contains(d) && seen.add(d)) {
          edges.get(d).forEach(e -> todo.add(e.to()));
        }
      }
    }
    return looping;
  }
}
