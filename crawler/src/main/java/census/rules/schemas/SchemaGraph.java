package census.rules.schemas;

import census.json.JsonDocument;
import census.rules.ConnectorIndex;
import census.rules.SchemaWalk;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the definitions of a connector refer to each other, computed once per connector from the
 * shared schema walk: which definitions a request body reaches (so "input" covers a body schema
 * written as a {@code $ref}), and schemas measured with their {@code $ref}s expanded (nesting depth
 * and number of schemas). A recursive reference is not expanded again where it recurs, and every
 * measure saturates at {@link #CAP}, so a hostile definition costs time linear in its size.
 */
final class SchemaGraph {
  static final String DEFINITIONS = "/definitions/";
  static final String REF_PREFIX = "#/definitions/";

  /** Measures stop growing here; every limit a rule applies is far below. */
  static final int CAP = 1_000_000;

  /**
   * Nesting followed at most this far (JSON levels plus {@code $ref} hops): a chain of thousands of
   * definitions, each referring to the next, must not exhaust the stack. Deeper counts as this
   * deep.
   */
  static final int MAX_LEVEL = 512;

  private final JsonNode definitions;
  private final Set<String> inputDefinitions;
  private final Map<String, int[]> measured = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();

  private SchemaGraph(JsonNode definitions, Set<String> inputDefinitions) {
    this.definitions = definitions;
    this.inputDefinitions = inputDefinitions;
  }

  /** A check of one schema, with the graph that measures it. */
  @FunctionalInterface
  interface SchemaCheck {
    void check(JsonDocument doc, SchemaGraph graph, SchemaWalk.Schema s);
  }

  /** Runs {@code check} on every schema of the connector's definition, if it has one. */
  static void eachSchema(ConnectorIndex connector, SchemaCheck check) {
    SchemaGraph graph = of(connector);
    SchemaWalk.eachSchema(connector, (doc, s) -> check.check(doc, graph, s));
  }

  private static final ConnectorIndex.Key<SchemaGraph> SCHEMA_GRAPH =
      ConnectorIndex.Key.of(
          connector -> {
            JsonNode definitions =
                connector
                    .definition()
                    .map(d -> d.tree().path("definitions"))
                    .orElse(MissingNode.getInstance());
            return build(definitions, SchemaWalk.of(connector));
          });

  static SchemaGraph of(ConnectorIndex connector) {
    return connector.get(SCHEMA_GRAPH);
  }

  private static SchemaGraph build(JsonNode definitions, List<SchemaWalk.Schema> schemas) {
    Map<String, List<String>> refsOf = new HashMap<>();
    Deque<String> todo = new ArrayDeque<>();
    for (SchemaWalk.Schema s : schemas) {
      String target = target(s.node());
      if (target == null) {
        continue;
      }
      String owner = definitionOf(s.pointer());
      if (owner != null) {
        refsOf.computeIfAbsent(owner, k -> new ArrayList<>()).add(target);
      } else if (s.input()) {
        todo.add(target);
      }
    }
    Set<String> input = new HashSet<>();
    while (!todo.isEmpty()) {
      String d = todo.pop();
      if (input.add(d)) {
        todo.addAll(refsOf.getOrDefault(d, List.of()));
      }
    }
    return new SchemaGraph(definitions, input);
  }

  /** The definition a local {@code #/definitions/...} reference names, else null. */
  static String target(JsonNode schema) {
    JsonNode ref = schema.get("$ref");
    if (ref == null || !ref.isTextual() || !ref.asText().startsWith(REF_PREFIX)) {
      return null;
    }
    return JsonDocument.unescape(ref.asText().substring(REF_PREFIX.length()));
  }

  /** The name of the definition a pointer lies in, else null. */
  static String definitionOf(String pointer) {
    if (!pointer.startsWith(DEFINITIONS)) {
      return null;
    }
    int end = pointer.indexOf('/', DEFINITIONS.length());
    return JsonDocument.unescape(
        pointer.substring(DEFINITIONS.length(), end < 0 ? pointer.length() : end));
  }

  /** True for a request schema: a body parameter's, or a definition a body reaches. */
  boolean isInput(SchemaWalk.Schema s) {
    if (s.input()) {
      return true;
    }
    String d = definitionOf(s.pointer());
    return d != null && inputDefinitions.contains(d);
  }

  /** The definition named, if it exists. */
  JsonNode definition(String name) {
    return definitions.path(name);
  }

  /** Levels of nesting of {@code schema}, {@code $ref}s expanded; a leaf schema is 1. */
  int depth(JsonNode schema) {
    return measure(schema, 0)[0];
  }

  /** Schemas in {@code schema} counting itself, {@code $ref}s expanded. */
  int count(JsonNode schema) {
    return measure(schema, 0)[1];
  }

  /** {depth, count}; properties, items and additionalProperties nest, allOf members do not. */
  private int[] measure(JsonNode schema, int level) {
    if (!schema.isObject()) {
      return new int[] {0, 0};
    }
    if (level > MAX_LEVEL) {
      return new int[] {MAX_LEVEL, 1};
    }
    String target = target(schema);
    if (target != null) {
      int[] known = measured.get(target);
      if (known != null) {
        return known;
      }
      JsonNode def = definitions.path(target);
      if (!def.isObject() || !inProgress.add(target)) {
        return new int[] {0, 0}; // missing, or recursion: not expanded again
      }
      int[] result = measure(def, level + 1);
      inProgress.remove(target);
      measured.put(target, result);
      return result;
    }
    int depth = 1;
    long count = 1;
    for (Map.Entry<String, JsonNode> p : SwaggerWalk.fields(schema.path("properties"))) {
      int[] m = measure(p.getValue(), level + 1);
      depth = Math.max(depth, m[0] + 1);
      count += m[1];
    }
    for (String key : new String[] {"items", "additionalProperties"}) {
      int[] m = measure(schema.path(key), level + 1);
      depth = Math.max(depth, m[0] + 1);
      count += m[1];
    }
    JsonNode allOf = schema.path("allOf");
    for (int i = 0; i < allOf.size(); i++) {
      int[] m = measure(allOf.get(i), level + 1);
      depth = Math.max(depth, m[0]);
      count += m[1];
    }
    return new int[] {Math.min(depth, CAP), (int) Math.min(count, CAP)};
  }

  /** The pointer of a definition by name. */
  static String pointerOf(String definition) {
    return DEFINITIONS + JsonDocument.escape(definition);
  }
}
