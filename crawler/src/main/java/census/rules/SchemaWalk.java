package census.rules;

import census.json.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  public static final class Schema {
    private final JsonNode node;
    private final Schema parent;
    private final String path;
    private final String property;
    private final boolean input;
    private String pointer;

    /** A schema at {@code pointer}. */
    public Schema(JsonNode node, String pointer, String property, boolean input) {
      this(node, null, pointer, property, input);
    }

    /**
     * A schema at {@code path} below {@code parent}'s pointer: the pointer is joined when a rule
     * asks for it, since most of a definition's schemas are never reported.
     */
    private Schema(JsonNode node, Schema parent, String path, String property, boolean input) {
      this.node = node;
      this.parent = parent;
      this.path = path;
      this.property = property;
      this.input = input;
    }

    public JsonNode node() {
      return node;
    }

    /** Where the schema is, as a JSON pointer. */
    public String pointer() {
      String made = pointer;
      if (made == null) {
        made = parent == null ? path : parent.pointer() + path;
        pointer = made;
      }
      return made;
    }

    /** Its name when it is a property of an object schema, else null. */
    public String property() {
      return property;
    }

    /** True for request (parameter) schemas. */
    public boolean input() {
      return input;
    }

    public boolean isRef() {
      return node.has("$ref");
    }

    /** True for a schema under {@code #/definitions}, told without joining its pointer. */
    public boolean inDefinitions() {
      Schema top = this;
      while (top.parent != null) {
        top = top.parent;
      }
      return top.path.startsWith("/definitions/");
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
    // By identity: a parsed tree shares no node, so each node has one pointer.
    Set<JsonNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Schema> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> d : SwaggerWalk.fields(root.path("definitions"))) {
      visit(
          d.getValue(),
          null,
          "/definitions/" + JsonDocument.escape(d.getKey()),
          null,
          false,
          0,
          seen,
          out);
    }
    for (Map.Entry<String, JsonNode> p : SwaggerWalk.fields(root.path("parameters"))) {
      visit(
          p.getValue().path("schema"),
          null,
          "/parameters/" + JsonDocument.escape(p.getKey()) + "/schema",
          null,
          true,
          0,
          seen,
          out);
    }
    for (Map.Entry<String, JsonNode> r : SwaggerWalk.fields(root.path("responses"))) {
      visit(
          r.getValue().path("schema"),
          null,
          "/responses/" + JsonDocument.escape(r.getKey()) + "/schema",
          null,
          false,
          0,
          seen,
          out);
    }
    for (SwaggerWalk.Operation op : SwaggerWalk.operations(root)) {
      JsonNode params = op.node().path("parameters");
      for (int i = 0; i < params.size(); i++) {
        visit(
            params.get(i).path("schema"),
            null,
            op.pointer() + "/parameters/" + i + "/schema",
            null,
            true,
            0,
            seen,
            out);
      }
      for (Map.Entry<String, JsonNode> r : SwaggerWalk.fields(op.node().path("responses"))) {
        String at = op.pointer() + "/responses/" + JsonDocument.escape(r.getKey()) + "/schema";
        visit(r.getValue().path("schema"), null, at, null, false, 0, seen, out);
      }
    }
    return out;
  }

  private static void visit(
      JsonNode node,
      Schema parent,
      String path,
      String property,
      boolean input,
      int depth,
      Set<JsonNode> seen,
      List<Schema> out) {
    if (!node.isObject() || depth > MAX_DEPTH || !seen.add(node)) {
      return;
    }
    Schema schema = new Schema(node, parent, path, property, input);
    out.add(schema);
    for (Map.Entry<String, JsonNode> p : SwaggerWalk.fields(node.path("properties"))) {
      visit(
          p.getValue(),
          schema,
          "/properties/" + JsonDocument.escape(p.getKey()),
          p.getKey(),
          input,
          depth + 1,
          seen,
          out);
    }
    visit(node.path("items"), schema, "/items", null, input, depth + 1, seen, out);
    visit(
        node.path("additionalProperties"),
        schema,
        "/additionalProperties",
        null,
        input,
        depth + 1,
        seen,
        out);
    JsonNode allOf = node.path("allOf");
    for (int i = 0; i < allOf.size(); i++) {
      visit(allOf.get(i), schema, "/allOf/" + i, null, input, depth + 1, seen, out);
    }
  }
}
