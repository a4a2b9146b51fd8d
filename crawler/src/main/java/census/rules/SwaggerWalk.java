package census.rules;

import census.json.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Walks a Swagger 2.0 tree the way rules need it: operations, parameters and responses with the
 * JSON pointer of each, local {@code $ref}s followed, everything else left alone.
 */
public final class SwaggerWalk {
  /** The HTTP methods a Swagger 2.0 path item may hold. */
  public static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch");

  private SwaggerWalk() {}

  /** One operation: its path template, lower-case method, node and pointer. */
  public record Operation(String path, String method, JsonNode node, String pointer) {
    public String operationId() {
      return node.path("operationId").asText(null);
    }

    /** "GET /items/{id}", the path as the definition writes it. */
    public String label() {
      return method.toUpperCase(Locale.ROOT) + " " + path;
    }

    /** Hidden from the user by {@code x-ms-visibility: internal}. */
    public boolean internal() {
      return isInternal(node);
    }
  }

  /**
   * A parameter as it applies to an operation: the resolved node, and the pointer of the place it
   * is written (the {@code $ref} entry for a referenced parameter).
   */
  public record Parameter(JsonNode node, String pointer, boolean pathLevel) {
    public String name() {
      return node.path("name").asText("");
    }

    public String in() {
      return node.path("in").asText("");
    }

    /** Hidden from the user by {@code x-ms-visibility: internal}. */
    public boolean internal() {
      return isInternal(node);
    }

    /**
     * Whether the designer can show the parameter to a user: it is not internal, nor is the
     * operation it applies to; a path-level parameter is shown if any operation of its path is. An
     * internal operation (a webhook's delete, a source of dynamic values) is never on a card.
     */
    public boolean shown(JsonNode root, Operation op) {
      if (internal()) {
        return false;
      }
      if (!pathLevel) {
        return !op.internal();
      }
      for (Map.Entry<String, JsonNode> other : fields(root.path("paths").path(op.path()))) {
        if (METHODS.contains(other.getKey()) && !isInternal(other.getValue())) {
          return true;
        }
      }
      return false;
    }
  }

  private static boolean isInternal(JsonNode node) {
    return "internal".equals(node.path("x-ms-visibility").asText());
  }

  /** A response of an operation, keyed by status code or {@code default}. */
  public record Response(String status, JsonNode node, String pointer) {}

  /** A check of one operation, for rules that look at operations one at a time. */
  @FunctionalInterface
  public interface OperationCheck {
    void check(JsonDocument doc, JsonNode root, Operation op);
  }

  /** Runs {@code check} on every operation of the connector's definition, if it has one. */
  public static void eachOperation(ConnectorIndex connector, OperationCheck check) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              JsonNode root = doc.tree();
              for (Operation op : operations(connector)) {
                check.check(doc, root, op);
              }
            });
  }

  /** A check of one part of an operation: a response or a parameter. */
  @FunctionalInterface
  public interface PartCheck<T> {
    void check(JsonDocument doc, Operation op, T part);
  }

  /** Runs {@code check} on every response of every operation ({@link #responses}). */
  public static void eachResponse(ConnectorIndex connector, PartCheck<Response> check) {
    eachPart(connector, RESPONSES, check);
  }

  /** Runs {@code check} on every parameter of every operation ({@link #parameters}). */
  public static void eachParameter(ConnectorIndex connector, PartCheck<Parameter> check) {
    eachPart(connector, PARAMETERS, check);
  }

  /**
   * Runs {@code check} on every parameter once, where the definition writes it: each operation's
   * own, and each parameter of a path item with the first operation of its path, not again with the
   * others. For rules about a parameter's own text, which would otherwise repeat a finding.
   */
  public static void eachWrittenParameter(ConnectorIndex connector, PartCheck<Parameter> check) {
    Set<String> pathLevelSeen = new HashSet<>();
    eachParameter(
        connector,
        (doc, op, p) -> {
          if (!p.pathLevel() || pathLevelSeen.add(p.pointer())) {
            check.check(doc, op, p);
          }
        });
  }

  /** An operation with some of its parts. */
  private record Parts<T>(Operation op, List<T> parts) {}

  private static final ConnectorIndex.Key<List<Parts<Response>>> RESPONSES =
      partsKey(SwaggerWalk::responses);
  private static final ConnectorIndex.Key<List<Parts<Parameter>>> PARAMETERS =
      partsKey(SwaggerWalk::parameters);

  /** The parts that {@code of} finds in each operation, listed once per connector. */
  private static <T> ConnectorIndex.Key<List<Parts<T>>> partsKey(
      BiFunction<JsonNode, Operation, List<T>> of) {
    return perOperation((root, op) -> new Parts<>(op, of.apply(root, op)));
  }

  /** What {@code of} makes of each operation of the definition, in order, once per connector. */
  private static <T> ConnectorIndex.Key<List<T>> perOperation(
      BiFunction<JsonNode, Operation, T> of) {
    return ConnectorIndex.Key.of(
        connector ->
            connector
                .definition()
                .map(
                    doc ->
                        operations(connector).stream().map(op -> of.apply(doc.tree(), op)).toList())
                .orElse(List.of()));
  }

  /**
   * Runs {@code check} on the parts {@code key} lists for each operation, shared by every rule that
   * walks them.
   */
  private static <T> void eachPart(
      ConnectorIndex connector, ConnectorIndex.Key<List<Parts<T>>> key, PartCheck<T> check) {
    Optional<JsonDocument> swagger = connector.definition();
    if (swagger.isEmpty()) {
      return;
    }
    JsonDocument doc = swagger.get();
    for (Parts<T> operation : connector.get(key)) {
      for (T part : operation.parts()) {
        check.check(doc, operation.op(), part);
      }
    }
  }

  /** A check of one operation and the parameters that apply to it. */
  @FunctionalInterface
  public interface RequestCheck {
    void check(JsonDocument doc, JsonNode root, Operation op, List<Parameter> parameters);
  }

  /** Runs {@code check} on every operation with its effective parameters ({@link #requests}). */
  public static void eachRequest(ConnectorIndex connector, RequestCheck check) {
    List<Request> requests = requests(connector);
    if (!requests.isEmpty()) {
      JsonDocument doc = connector.definition().orElseThrow();
      for (Request r : requests) {
        check.check(doc, doc.tree(), r.op(), r.parameters());
      }
    }
  }

  private static final ConnectorIndex.Key<List<Operation>> OPERATIONS =
      ConnectorIndex.Key.of(
          connector -> connector.definition().map(doc -> operations(doc.tree())).orElse(List.of()));

  /**
   * Every operation of the connector's definition, in document order, listed once per connector.
   */
  public static List<Operation> operations(ConnectorIndex connector) {
    return connector.get(OPERATIONS);
  }

  /** Every operation, in document order. */
  public static List<Operation> operations(JsonNode root) {
    List<Operation> ops = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : fields(root.path("paths"))) {
      String pathPointer = "/paths/" + JsonDocument.escape(path.getKey());
      for (Map.Entry<String, JsonNode> op : fields(path.getValue())) {
        if (METHODS.contains(op.getKey()) && op.getValue().isObject()) {
          ops.add(
              new Operation(
                  path.getKey(), op.getKey(), op.getValue(), pathPointer + "/" + op.getKey()));
        }
      }
    }
    return ops;
  }

  /** The path-level parameters, then the operation's own, each resolved. */
  public static List<Parameter> parameters(JsonNode root, Operation op) {
    List<Parameter> params = new ArrayList<>();
    String pathPointer = op.pointer().substring(0, op.pointer().lastIndexOf('/'));
    JsonNode pathItem = root.at(pathPointer);
    addParameters(root, pathItem.path("parameters"), pathPointer + "/parameters", true, params);
    addParameters(root, op.node().path("parameters"), op.pointer() + "/parameters", false, params);
    return params;
  }

  /**
   * The parameters that apply to an operation: the path-level ones it does not override (same name
   * and location), then its own.
   */
  public static List<Parameter> effectiveParameters(JsonNode root, Operation op) {
    List<Parameter> all = parameters(root, op);
    Set<String> own = new java.util.HashSet<>();
    for (Parameter p : all) {
      if (!p.pathLevel()) {
        own.add(p.in() + ":" + p.name());
      }
    }
    return all.stream()
        .filter(p -> !p.pathLevel() || !own.contains(p.in() + ":" + p.name()))
        .toList();
  }

  /** An operation with the parameters that apply to it ({@link #effectiveParameters}). */
  public record Request(Operation op, List<Parameter> parameters) {}

  private static final ConnectorIndex.Key<List<Request>> REQUESTS =
      perOperation((root, op) -> new Request(op, effectiveParameters(root, op)));

  /**
   * Every operation with its effective parameters, resolved once per connector and shared by the
   * rules that look at what an operation is sent.
   */
  public static List<Request> requests(ConnectorIndex connector) {
    return connector.get(REQUESTS);
  }

  /** The responses of an operation, resolved through {@code #/responses/...}. */
  public static List<Response> responses(JsonNode root, Operation op) {
    List<Response> responses = new ArrayList<>();
    for (Map.Entry<String, JsonNode> r : fields(op.node().path("responses"))) {
      responses.add(
          new Response(
              r.getKey(),
              resolve(root, r.getValue()),
              op.pointer() + "/responses/" + JsonDocument.escape(r.getKey())));
    }
    return responses;
  }

  /**
   * Follows a node's {@code $ref} if it is local ({@code #/...}), up to a few hops; remote and
   * broken references resolve to a missing node, never to a network or file read.
   */
  public static JsonNode resolve(JsonNode root, JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; hops < 8 && current.has("$ref"); hops++) {
      Optional<JsonNode> target = local(root, current.path("$ref").asText());
      if (target.isEmpty()) {
        return MissingNode.getInstance();
      }
      current = target.get();
    }
    return current;
  }

  /** The node a local reference such as {@code #/definitions/Item} points at, if it exists. */
  public static Optional<JsonNode> local(JsonNode root, String ref) {
    if (!ref.startsWith("#/") && !ref.equals("#")) {
      return Optional.empty();
    }
    JsonNode target = root.at(ref.substring(1));
    return target.isMissingNode() ? Optional.empty() : Optional.of(target);
  }

  /**
   * Reports each entry of a top-level section of shared objects ({@code parameters}, {@code
   * responses}) that is itself a {@code $ref}, as "{@code what} NAME is a $ref".
   */
  public static void reportRefEntries(
      ConnectorIndex connector, Findings findings, String section, String what) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              for (Map.Entry<String, JsonNode> e : fields(doc.tree().path(section))) {
                if (e.getValue().has("$ref")) {
                  findings.at(
                      doc,
                      "/" + section + "/" + JsonDocument.escape(e.getKey()) + "/$ref",
                      what + " " + e.getKey() + " is a $ref");
                }
              }
            });
  }

  /** The fields of an object node, or none for anything else. */
  public static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    return node.isObject() ? node::fields : List.<Map.Entry<String, JsonNode>>of();
  }

  private static void addParameters(
      JsonNode root, JsonNode list, String pointer, boolean pathLevel, List<Parameter> out) {
    if (!list.isArray()) {
      return;
    }
    Iterator<JsonNode> it = list.elements();
    for (int i = 0; it.hasNext(); i++) {
      out.add(new Parameter(resolve(root, it.next()), pointer + "/" + i, pathLevel));
    }
  }
}
