package census.history;

import census.connector.ConnectorContext;
import census.json.JsonDocument;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a flow built on a connector depends on: host, base path, authentication and, per operation,
 * its id, trigger, parameters and response properties. Extracted once per folder content while its
 * files are parsed anyway, and stored with the content as JSON, so breaking changes between any two
 * versions are found later without reading a file again.
 */
public record ApiSurface(
    String host, String basePath, List<String> auth, Map<String, Operation> operations) {
  /** Response properties listed per operation, and how deep nested properties are followed. */
  static final int MAX_RESPONSE_PROPERTIES = 200;

  static final int MAX_DEPTH = 4;

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One operation, keyed in {@link #operations} by {@code METHOD path}. {@code parameters} maps
   * {@code in:name} to its type with a trailing {@code !} when required; {@code response} maps the
   * dotted property path of the first 2xx response schema to its type ({@code []} marks array
   * items).
   */
  public record Operation(
      String operationId,
      String trigger,
      Map<String, String> parameters,
      Map<String, String> response) {}

  public static final ApiSurface NONE = new ApiSurface(null, null, List.of(), Map.of());

  /** The surface of a folder's definition and apiProperties.json, as its rules parsed them. */
  public static ApiSurface of(ConnectorContext context) {
    return of(
        context.swagger().map(JsonDocument::tree).orElse(MissingNode.getInstance()),
        context.properties().map(JsonDocument::tree).orElse(MissingNode.getInstance()));
  }

  /** The surface of a definition tree and the apiProperties tree (either may be missing). */
  public static ApiSurface of(JsonNode swagger, JsonNode properties) {
    Map<String, Operation> operations = new TreeMap<>();
    for (SwaggerWalk.Operation op : SwaggerWalk.operations(swagger)) {
      Map<String, String> parameters = new TreeMap<>();
      for (SwaggerWalk.Parameter p : SwaggerWalk.parameters(swagger, op)) {
        JsonNode node = p.node();
        String type = type(swagger, node.has("schema") ? node.path("schema") : node);
        boolean required = node.path("required").asBoolean(false) || "path".equals(p.in());
        parameters.put(p.in() + ":" + p.name(), type + (required ? "!" : ""));
      }
      Map<String, String> response = new TreeMap<>();
      for (SwaggerWalk.Response r : SwaggerWalk.responses(swagger, op)) {
        if (r.status().startsWith("2")) {
          properties(swagger, r.node().path("schema"), "", 0, response);
          break;
        }
      }
      operations.put(
          op.label(), new Operation(op.operationId(), trigger(op.node()), parameters, response));
    }
    return new ApiSurface(
        text(swagger.path("host")),
        text(swagger.path("basePath")),
        auth(swagger, properties),
        operations);
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The surface stored by {@link #toJson}; {@link #NONE} for a value that cannot be read. */
  public static ApiSurface fromJson(String json) {
    if (json == null || json.isEmpty()) {
      return NONE;
    }
    try {
      return JSON.readValue(json, ApiSurface.class);
    } catch (JsonProcessingException e) {
      return NONE;
    }
  }

  /** As {@code operations.trigger_kind}: the x-ms-trigger value, or webhook. */
  private static String trigger(JsonNode op) {
    if (op.has("x-ms-trigger")) {
      return op.path("x-ms-trigger").asText();
    }
    return op.has("x-ms-notification-content") ? "webhook" : null;
  }

  /**
   * Security definitions ({@code definition:name:type[:flow]}) and connection parameters ({@code
   * parameter:name:type}): changing either makes users create their connections again.
   */
  private static List<String> auth(JsonNode swagger, JsonNode properties) {
    List<String> auth = new ArrayList<>();
    for (Map.Entry<String, JsonNode> d : SwaggerWalk.fields(swagger.path("securityDefinitions"))) {
      String flow = text(d.getValue().path("flow"));
      auth.add(
          "definition:"
              + d.getKey()
              + ":"
              + d.getValue().path("type").asText("")
              + (flow == null ? "" : ":" + flow));
    }
    JsonNode parameters = properties.path("properties").path("connectionParameters");
    for (Map.Entry<String, JsonNode> p : SwaggerWalk.fields(parameters)) {
      auth.add("parameter:" + p.getKey() + ":" + p.getValue().path("type").asText(""));
    }
    auth.sort(null);
    return auth;
  }

  private static void properties(
      JsonNode root, JsonNode schema, String prefix, int depth, Map<String, String> out) {
    JsonNode resolved = SwaggerWalk.resolve(root, schema);
    if (depth >= MAX_DEPTH || !resolved.isObject()) {
      return;
    }
    if ("array".equals(resolved.path("type").asText())) {
      properties(root, resolved.path("items"), prefix + "[]", depth + 1, out);
      return;
    }
    for (Map.Entry<String, JsonNode> p : SwaggerWalk.fields(resolved.path("properties"))) {
      if (out.size() >= MAX_RESPONSE_PROPERTIES) {
        return;
      }
      String name = prefix.isEmpty() ? p.getKey() : prefix + "." + p.getKey();
      out.put(name, type(root, p.getValue()));
      properties(root, p.getValue(), name, depth + 1, out);
    }
  }

  /** A schema's type after local references; object when it only lists properties. */
  private static String type(JsonNode root, JsonNode schema) {
    String suffix = "";
    JsonNode resolved = SwaggerWalk.resolve(root, schema);
    for (int depth = 0;
        depth < MAX_DEPTH && "array".equals(resolved.path("type").asText());
        depth++) {
      suffix += "[]";
      resolved = SwaggerWalk.resolve(root, resolved.path("items"));
    }
    if (!resolved.has("type") && resolved.has("properties")) {
      return "object" + suffix;
    }
    return resolved.path("type").asText("") + suffix;
  }

  private static String text(JsonNode node) {
    return node.isValueNode() && !node.isNull() ? node.asText() : null;
  }
}
