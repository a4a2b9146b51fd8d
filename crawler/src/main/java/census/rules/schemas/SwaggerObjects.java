package census.rules.schemas;

import census.json.JsonDocument;
import census.rules.ConnectorIndex;
import census.rules.SchemaWalk;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The objects of a definition that Swagger 2.0 gives a fixed set of fields, each with its kind and
 * pointer, computed once per connector: path items, operations, parameters, responses, headers, the
 * {@code items} of parameters and headers, and every schema of {@link SchemaWalk}. An entry that is
 * a {@code $ref} is listed where it stands and its target where it is defined.
 */
final class SwaggerObjects {
  /**
   * Nested {@code items} of a parameter or header deeper than this are not Swagger anyone writes.
   */
  private static final int MAX_ITEMS_DEPTH = 16;

  enum Kind {
    PATH_ITEM,
    OPERATION,
    PARAMETER,
    RESPONSE,
    HEADER,
    ITEMS,
    SCHEMA
  }

  /** An object of the definition; a schema's pointer is joined only when a rule asks for it. */
  record Obj(Kind kind, JsonNode node, Supplier<String> place) {
    Obj(Kind kind, JsonNode node, String pointer) {
      this(kind, node, () -> pointer);
    }

    String pointer() {
      return place.get();
    }
  }

  private SwaggerObjects() {}

  /**
   * Runs {@code check} on every object of the connector's definition ({@link #of}), if it has one.
   */
  static void eachObject(ConnectorIndex connector, BiConsumer<JsonDocument, Obj> check) {
    connector.definition().ifPresent(doc -> of(connector).forEach(o -> check.accept(doc, o)));
  }

  private static final ConnectorIndex.Key<List<Obj>> SWAGGER_OBJECTS =
      ConnectorIndex.Key.of(
          connector -> {
            List<Obj> out = new ArrayList<>();
            connector.definition().ifPresent(doc -> addStructure(doc.tree(), out));
            for (SchemaWalk.Schema s : SchemaWalk.of(connector)) {
              out.add(new Obj(Kind.SCHEMA, s.node(), s::pointer));
            }
            return List.copyOf(out);
          });

  static List<Obj> of(ConnectorIndex connector) {
    return connector.get(SWAGGER_OBJECTS);
  }

  /**
   * Every node that carries JSON Schema keywords (type, format, enum, default, minimum, pattern,
   * …): schemas, and the non-body parameters, items and headers that Swagger 2.0 gives the same
   * keywords. The schemas keep what {@link SchemaWalk} knows of them.
   */
  private static final ConnectorIndex.Key<List<SchemaWalk.Schema>> TYPED_NODES =
      ConnectorIndex.Key.of(
          connector -> {
            List<SchemaWalk.Schema> out = new ArrayList<>(SchemaWalk.of(connector));
            for (Obj o : of(connector)) {
              boolean valueParameter =
                  o.kind() == Kind.PARAMETER
                      && !o.node().has("$ref")
                      && !"body".equals(o.node().path("in").asText());
              if (valueParameter || o.kind() == Kind.ITEMS || o.kind() == Kind.HEADER) {
                out.add(
                    new SchemaWalk.Schema(o.node(), o.pointer(), null, o.kind() != Kind.HEADER));
              }
            }
            return List.copyOf(out);
          });

  static List<SchemaWalk.Schema> typed(ConnectorIndex connector) {
    return connector.get(TYPED_NODES);
  }

  private static void addStructure(JsonNode root, List<Obj> out) {
    for (Map.Entry<String, JsonNode> p : SwaggerWalk.fields(root.path("parameters"))) {
      addParameter(p.getValue(), "/parameters/" + JsonDocument.escape(p.getKey()), out);
    }
    for (Map.Entry<String, JsonNode> r : SwaggerWalk.fields(root.path("responses"))) {
      addResponse(r.getValue(), "/responses/" + JsonDocument.escape(r.getKey()), out);
    }
    for (Map.Entry<String, JsonNode> path : SwaggerWalk.fields(root.path("paths"))) {
      String pathPointer = "/paths/" + JsonDocument.escape(path.getKey());
      if (!path.getValue().isObject()) {
        continue;
      }
      out.add(new Obj(Kind.PATH_ITEM, path.getValue(), pathPointer));
      addParameters(path.getValue().path("parameters"), pathPointer + "/parameters", out);
      for (Map.Entry<String, JsonNode> op : SwaggerWalk.fields(path.getValue())) {
        if (!SwaggerWalk.METHODS.contains(op.getKey()) || !op.getValue().isObject()) {
          continue;
        }
        String opPointer = pathPointer + "/" + op.getKey();
        out.add(new Obj(Kind.OPERATION, op.getValue(), opPointer));
        addParameters(op.getValue().path("parameters"), opPointer + "/parameters", out);
        for (Map.Entry<String, JsonNode> r : SwaggerWalk.fields(op.getValue().path("responses"))) {
          if (!r.getKey().startsWith("x-")) {
            addResponse(
                r.getValue(), opPointer + "/responses/" + JsonDocument.escape(r.getKey()), out);
          }
        }
      }
    }
  }

  private static void addParameters(JsonNode list, String pointer, List<Obj> out) {
    for (int i = 0; i < list.size() && list.isArray(); i++) {
      addParameter(list.get(i), pointer + "/" + i, out);
    }
  }

  private static void addParameter(JsonNode param, String pointer, List<Obj> out) {
    if (param.isObject()) {
      out.add(new Obj(Kind.PARAMETER, param, pointer));
      addItems(param.path("items"), pointer + "/items", out);
    }
  }

  private static void addResponse(JsonNode response, String pointer, List<Obj> out) {
    if (!response.isObject()) {
      return;
    }
    out.add(new Obj(Kind.RESPONSE, response, pointer));
    for (Map.Entry<String, JsonNode> h : SwaggerWalk.fields(response.path("headers"))) {
      String at = pointer + "/headers/" + JsonDocument.escape(h.getKey());
      if (h.getValue().isObject()) {
        out.add(new Obj(Kind.HEADER, h.getValue(), at));
        addItems(h.getValue().path("items"), at + "/items", out);
      }
    }
  }

  private static void addItems(JsonNode items, String pointer, List<Obj> out) {
    for (int depth = 0; items.isObject() && depth < MAX_ITEMS_DEPTH; depth++) {
      out.add(new Obj(Kind.ITEMS, items, pointer));
      items = items.path("items");
      pointer += "/items";
    }
  }
}
