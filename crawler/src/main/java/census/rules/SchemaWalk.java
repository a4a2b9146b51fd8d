package census.rules;

import census.json.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Every schema of a definition with its pointer: definitions, shared parameters and responses, each
 * operation's body and response schemas, and everything nested in them (properties, items,
 * additionalProperties, allOf). {@code $ref}s are not followed — the schema they name is visited
 * where it is defined — so cycles cannot loop; depth is bounded for hostile nesting.
 */
public final class SchemaWalk {
  static final int MAX_DEPTH = 64;

  private SchemaWalk() {}

  /**
   * One schema. {@code property} is its name when it is a property of an object schema, else null;
   * {@code input} is true for request (parameter) schemas.
   */
  public record Schema(JsonNode node, String pointer, String property, boolean input) {
    public boolean isRef() {
      return node.has("$ref");
    }
  }

  private static final ConnectorIndex.Key<List<Schema>> SCHEMAS =
      ConnectorIndex.Key.of(
          connector -> connector.definition().map(doc -> all(doc.tree())).orElse(List.of()));

  /** The schemas of the connector's definition, walked once and shared by every rule. */
  public static List<Schema> of(ConnectorIndex connector) {
    return connector.get(SCHEMAS);
  }

  /** Runs {@code check} on every schema of the connector's definition, if it has one. */
  public static void eachSchema(ConnectorIndex connector, BiConsumer<JsonDocument, Schema> check) {
    connector.definition().ifPresent(doc -> of(connector).forEach(s -> check.accept(doc, s)));
  }

  static List<Schema> all(JsonNode root) {
    Map<String, Schema> seen = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> d : SwaggerWalk.fields(root.path("definitions"))) {
      visit(d.getValue(), "/definitions/" + JsonDocument.escape(d.getKey()), null, false, 0, seen);
    }
    for (Map.Entry<String, JsonNode> p : SwaggerWalk.fields(root.path("parameters"))) {
      visit(
          p.getValue().path("schema"),
          "/parameters/" + JsonDocument.escape(p.getKey()) + "/schema",
          null,
          true,
          0,
          seen);
    }
    for (Map.Entry<String, JsonNode> r : SwaggerWalk.fields(root.path("responses"))) {
      visit(
          r.getValue().path("schema"),
          "/responses/" + JsonDocument.escape(r.getKey()) + "/schema",
          null,
          false,
          0,
          seen);
    }
    for (SwaggerWalk.Operation op : SwaggerWalk.operations(root)) {
      JsonNode params = op.node().path("parameters");
      for (int i = 0; i < params.size(); i++) {
        visit(
            params.get(i).path("schema"),
            op.pointer() + "/parameters/" + i + "/schema",
            null,
            true,
            0,
            seen);
      }
      for (Map.Entry<String, JsonNode> r : SwaggerWalk.fields(op.node().path("responses"))) {
        String at = op.pointer() + "/responses/" + JsonDocument.escape(r.getKey()) + "/schema";
        visit(r.getValue().path("schema"), at, null, false, 0, seen);
      }
    }
    return new ArrayList<>(seen.values());
  }

  private static void visit(
      JsonNode node,
      String pointer,
      String property,
      boolean input,
      int depth,
      Map<String, Schema> seen) {
    if (!node.isObject() || depth > MAX_DEPTH || seen.containsKey(pointer)) {
      return;
    }
    seen.put(pointer, new Schema(node, pointer, property, input));
    for (Map.Entry<String, JsonNode> p : SwaggerWalk.fields(node.path("properties"))) {
      visit(
          p.getValue(),
          pointer + "/properties/" + JsonDocument.escape(p.getKey()),
          p.getKey(),
          input,
          depth + 1,
          seen);
    }
    visit(node.path("items"), pointer + "/items", null, input, depth + 1, seen);
    visit(
        node.path("additionalProperties"),
        pointer + "/additionalProperties",
        null,
        input,
        depth + 1,
        seen);
    JsonNode allOf = node.path("allOf");
    for (int i = 0; i < allOf.size(); i++) {
      visit(allOf.get(i), pointer + "/allOf/" + i, null, input, depth + 1, seen);
    }
  }
}
