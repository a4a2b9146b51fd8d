package census.rules.parameters;

import census.json.JsonDocument;
import census.rules.ConnectorIndex;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every parameter object written in a definition, each once where it is written: the shared ones
 * under {@code #/parameters}, and the inline ones of path items and operations ({@code $ref}
 * entries are skipped, their target is listed where it is defined). For rules about a parameter's
 * own fields, which would otherwise report a shared parameter once per use.
 */
final class DeclaredParameters {
  /** A parameter object and its pointer. */
  record Declared(JsonNode node, String pointer) {
    String name() {
      return node.path("name").asText("");
    }

    String in() {
      return node.path("in").asText("");
    }
  }

  private DeclaredParameters() {}

  private static final ConnectorIndex.Key<List<Declared>> DECLARED =
      ConnectorIndex.Key.of(
          connector -> connector.definition().map(doc -> all(doc.tree())).orElse(List.of()));

  static List<Declared> of(ConnectorIndex connector) {
    return connector.get(DECLARED);
  }

  private static List<Declared> all(JsonNode root) {
    List<Declared> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> p : SwaggerWalk.fields(root.path("parameters"))) {
      add(p.getValue(), "/parameters/" + JsonDocument.escape(p.getKey()), out);
    }
    for (Map.Entry<String, JsonNode> path : SwaggerWalk.fields(root.path("paths"))) {
      String pathPointer = "/paths/" + JsonDocument.escape(path.getKey());
      addList(path.getValue().path("parameters"), pathPointer + "/parameters", out);
      for (Map.Entry<String, JsonNode> op : SwaggerWalk.fields(path.getValue())) {
        if (SwaggerWalk.METHODS.contains(op.getKey())) {
          addList(
              op.getValue().path("parameters"),
              pathPointer + "/" + op.getKey() + "/parameters",
              out);
        }
      }
    }
    return out;
  }

  private static void addList(JsonNode list, String pointer, List<Declared> out) {
    for (int i = 0; i < list.size() && list.isArray(); i++) {
      add(list.get(i), pointer + "/" + i, out);
    }
  }

  private static void add(JsonNode node, String pointer, List<Declared> out) {
    if (node.isObject() && !node.has("$ref")) {
      out.add(new Declared(node, pointer));
    }
  }
}
