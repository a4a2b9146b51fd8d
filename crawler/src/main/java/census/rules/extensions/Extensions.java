package census.rules.extensions;

import census.json.JsonDocument;
import census.rules.ConnectorIndex;
import census.rules.JsonTrail;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The x-ms extensions of one definition, found in a single walk of its tree and shared by every
 * extension rule through {@link ConnectorIndex#get}: where each extension stands (and in which
 * operation), the operations by operationId, and every extension that invokes another operation
 * with the parameters it passes.
 */
public final class Extensions {
  public static final String DYNAMIC_VALUES = "x-ms-dynamic-values";
  public static final String DYNAMIC_LIST = "x-ms-dynamic-list";
  public static final String DYNAMIC_SCHEMA = "x-ms-dynamic-schema";
  public static final String DYNAMIC_PROPERTIES = "x-ms-dynamic-properties";
  public static final String DYNAMIC_TREE = "x-ms-dynamic-tree";
  public static final String ENUM_VALUES = "x-ms-enum-values";
  public static final String EDITOR = "x-ms-editor";
  public static final String NOTIFICATION = "x-ms-notification";
  public static final String NOTIFICATION_URL = "x-ms-notification-url";
  public static final String NOTIFICATION_CONTENT = "x-ms-notification-content";
  public static final String CAPABILITIES = "x-ms-capabilities";
  public static final String OPERATION_CONTEXT = "x-ms-operation-context";
  public static final String SELECTED_ITEM_VALUE_PATH = "selectedItemValuePath";

  /** The keys the walk records wherever they stand. */
  private static final Set<String> KEYS =
      Set.of(
          DYNAMIC_VALUES,
          DYNAMIC_LIST,
          DYNAMIC_SCHEMA,
          DYNAMIC_PROPERTIES,
          DYNAMIC_TREE,
          ENUM_VALUES,
          EDITOR,
          NOTIFICATION,
          NOTIFICATION_URL,
          NOTIFICATION_CONTENT,
          CAPABILITIES,
          OPERATION_CONTEXT,
          SELECTED_ITEM_VALUE_PATH);

  private static final java.util.regex.Pattern PATH = java.util.regex.Pattern.compile("[./]");

  /** Deeper than any real definition; hostile nesting stops here. */
  private static final int MAX_DEPTH = 200;

  /**
   * One extension: the object that carries it ({@code owner}), its value, where the owner stands,
   * and the operation it stands in (null outside operations: definitions, shared parameters, path
   * items).
   */
  public record Occurrence(
      String key, JsonNode owner, JsonNode value, JsonTrail ownerTrail, SwaggerWalk.Operation op) {
    /** The pointer of the extension itself. */
    public String pointer() {
      return ownerTrail.field(key).pointer();
    }
  }

  /**
   * A call of another operation: {@code call} is the object naming it (the extension, or its {@code
   * open} / {@code browse} / {@code simulate} part), {@code at} the extension it belongs to.
   */
  public record Invocation(Occurrence at, JsonNode call, JsonTrail callTrail) {
    public String operationId() {
      return call.path("operationId").asText("");
    }

    /** The parameters passed to the invoked operation, one per target name. */
    public List<Argument> arguments() {
      List<Argument> args = new ArrayList<>();
      JsonTrail params = callTrail.field("parameters");
      for (Map.Entry<String, JsonNode> e : SwaggerWalk.fields(call.path("parameters"))) {
        args.add(new Argument(e.getKey(), e.getValue(), params.field(e.getKey())));
      }
      return args;
    }
  }

  /** What an invocation passes to one parameter of the invoked operation. */
  public record Argument(String target, JsonNode value, JsonTrail trail) {
    /** A literal: a bare value or {@code {"value": ...}}; null for references. */
    public JsonNode literal() {
      if (!value.isObject()) {
        return value;
      }
      return value.has("value") ? value.get("value") : null;
    }

    /**
     * The caller's parameter (or {@code parameterReference} path) the value comes from, or null.
     */
    public String reference() {
      if (value.path("parameter").isTextual()) {
        return value.get("parameter").asText();
      }
      return value.path("parameterReference").isTextual()
          ? value.get("parameterReference").asText()
          : null;
    }

    /** True for a {@code parameterReference} (a path), false for a legacy {@code parameter}. */
    public boolean isPathReference() {
      return value.path("parameterReference").isTextual();
    }
  }

  private final JsonDocument doc;
  private final JsonNode root;
  private final List<SwaggerWalk.Operation> operations;
  private final Map<String, SwaggerWalk.Operation> byId = new HashMap<>();
  private final Map<String, List<Occurrence>> found = new LinkedHashMap<>();
  private final List<Invocation> invocations = new ArrayList<>();
  // Per operation, keyed by its pointer: rules ask again for each argument of each call.
  private final Map<String, List<SwaggerWalk.Parameter>> parameters = new HashMap<>();
  private final Map<String, Set<String>> flat = new HashMap<>();
  private Set<String> referenced;

  private Extensions(JsonDocument doc) {
    this.doc = doc;
    this.root = doc.tree();
    this.operations = SwaggerWalk.operations(root);
    for (SwaggerWalk.Operation op : operations) {
      String id = op.operationId();
      if (id != null) {
        byId.putIfAbsent(id, op);
      }
    }
    walkDefinition();
    collectInvocations();
  }

  private static final ConnectorIndex.Key<Optional<Extensions>> EXTENSIONS =
      ConnectorIndex.Key.of(connector -> connector.definition().map(Extensions::new));

  /** The index of the connector's definition, built once; empty without a Swagger 2.0 file. */
  public static Optional<Extensions> of(ConnectorIndex connector) {
    return connector.get(EXTENSIONS);
  }

  public JsonDocument doc() {
    return doc;
  }

  public JsonNode root() {
    return root;
  }

  public List<SwaggerWalk.Operation> operations() {
    return operations;
  }

  /** Every place {@code key} stands, in document order. */
  public List<Occurrence> occurrences(String key) {
    return found.getOrDefault(key, List.of());
  }

  /** Every extension that invokes an operation, in document order. */
  public List<Invocation> invocations() {
    return invocations;
  }

  /** Whether some {@code $ref} of the definition names {@code pointer} (e.g. /definitions/Item). */
  public boolean referenced(String pointer) {
    if (referenced == null) {
      // Few rules ask, and only about unusual definitions: walk for references only then.
      referenced = new HashSet<>();
      references(root, 0);
    }
    return referenced.contains(pointer);
  }

  private void references(JsonNode node, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    String ref = node.path("$ref").asText("");
    if (ref.startsWith("#/")) {
      referenced.add(ref.substring(1));
    }
    for (JsonNode child : node) {
      if (child.isContainerNode()) {
        references(child, depth + 1);
      }
    }
  }

  /** Runs {@code check} on every invocation of the connector's definition, if it has one. */
  public static void eachInvocation(
      ConnectorIndex connector, BiConsumer<Extensions, Invocation> check) {
    of(connector)
        .ifPresent(
            ext -> {
              for (Invocation inv : ext.invocations()) {
                check.accept(ext, inv);
              }
            });
  }

  /** Runs {@code check} on every place {@code key} stands ({@link #occurrences}). */
  public static void eachOccurrence(
      ConnectorIndex connector, String key, BiConsumer<Extensions, Occurrence> check) {
    of(connector).ifPresent(ext -> ext.occurrences(key).forEach(o -> check.accept(ext, o)));
  }

  /** A check of one argument an invocation passes. */
  @FunctionalInterface
  public interface ArgumentCheck {
    void check(Extensions ext, Invocation inv, Argument arg);
  }

  /** Runs {@code check} on every argument of every invocation ({@link #eachInvocation}). */
  public static void eachArgument(ConnectorIndex connector, ArgumentCheck check) {
    eachInvocation(
        connector,
        (ext, inv) -> {
          for (Argument arg : inv.arguments()) {
            check.check(ext, inv, arg);
          }
        });
  }

  public Optional<SwaggerWalk.Operation> operation(String operationId) {
    return Optional.ofNullable(byId.get(operationId));
  }

  /** The parameter of {@code op} named {@code name}, operation-level first. */
  public Optional<SwaggerWalk.Parameter> parameter(SwaggerWalk.Operation op, String name) {
    SwaggerWalk.Parameter hit = null;
    for (SwaggerWalk.Parameter p : parameters(op)) {
      if (p.name().equals(name) && (hit == null || hit.pathLevel())) {
        hit = p;
      }
    }
    return Optional.ofNullable(hit);
  }

  /** The resolved schema of the operation's body parameter, or a missing node. */
  public JsonNode bodySchema(SwaggerWalk.Operation op) {
    for (SwaggerWalk.Parameter p : parameters(op)) {
      if (p.in().equals("body")) {
        return resolve(p.node().path("schema"));
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  /** The operation's parameters (path-level ones first), resolved. */
  public List<SwaggerWalk.Parameter> parameters(SwaggerWalk.Operation op) {
    return parameters.computeIfAbsent(op.pointer(), k -> SwaggerWalk.parameters(root, op));
  }

  /** The names of the top-level properties of the operation's body. */
  public Set<String> bodyProperties(SwaggerWalk.Operation op) {
    return flat.computeIfAbsent(op.pointer(), k -> propertyNames(op));
  }

  private Set<String> propertyNames(SwaggerWalk.Operation op) {
    Set<String> names = new HashSet<>();
    Schemas.propertyNames(this, bodySchema(op), names);
    return names;
  }

  /**
   * The schema of the operation's success response: the first 2xx response (200 first) that has
   * one, resolved; a missing node when none has.
   */
  public JsonNode successSchema(SwaggerWalk.Operation op) {
    JsonNode best = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    for (SwaggerWalk.Response r : SwaggerWalk.responses(root, op)) {
      JsonNode schema = r.node().path("schema");
      if (r.status().startsWith("2") && schema.isObject()) {
        if (r.status().equals("200")) {
          return resolve(schema);
        }
        if (best.isMissingNode()) {
          best = resolve(schema);
        }
      }
    }
    return best;
  }

  /** How a caller's legacy {@code {"parameter": name}} reference resolves. */
  public enum Reference {
    /** A parameter of the calling operation, and nothing else. */
    PARAMETER,
    /** Only a property inside the calling operation's body. */
    BODY_PROPERTY,
    /** Both a parameter and a property inside the body. */
    AMBIGUOUS,
    /** Neither. */
    NOT_FOUND,
    /** The extension stands outside an operation (a shared definition or parameter). */
    UNKNOWN
  }

  /**
   * Resolves {@code name} among the parameters and body properties of the extension's operation.
   */
  public Reference reference(Occurrence at, String name) {
    if (at.op() == null) {
      return Reference.UNKNOWN;
    }
    boolean parameter = parameter(at.op(), name).isPresent();
    // A property path from the top of the body: "name", "item.id" or "item/id".
    boolean property =
        Schemas.at(this, bodySchema(at.op()), PATH.matcher(name).replaceAll("/")).presence()
            == Schemas.Presence.PRESENT;
    if (parameter) {
      return property ? Reference.AMBIGUOUS : Reference.PARAMETER;
    }
    return property ? Reference.BODY_PROPERTY : Reference.NOT_FOUND;
  }

  /**
   * The caller's parameter an argument passes on whole: a legacy reference that names only a
   * parameter, or a {@code parameterReference} of one segment.
   */
  public Optional<SwaggerWalk.Parameter> source(Invocation inv, Argument arg) {
    String ref = arg.reference();
    if (ref == null || inv.at().op() == null) {
      return Optional.empty();
    }
    if (arg.isPathReference()) {
      return ref.contains("/") ? Optional.empty() : parameter(inv.at().op(), ref);
    }
    return reference(inv.at(), ref) == Reference.PARAMETER
        ? parameter(inv.at().op(), ref)
        : Optional.empty();
  }

  /** The invoked operation's parameter an argument is for, if it names one. */
  public Optional<SwaggerWalk.Parameter> target(Invocation inv, Argument arg) {
    return operation(inv.operationId()).flatMap(op -> parameter(op, arg.target()));
  }

  /** Follows local {@code $ref}s. */
  public JsonNode resolve(JsonNode node) {
    return SwaggerWalk.resolve(root, node);
  }

  /** The schema type a parameter declares: its own, or its body schema's; "" when it has none. */
  public String type(SwaggerWalk.Parameter p) {
    JsonNode node = p.in().equals("body") ? resolve(p.node().path("schema")) : p.node();
    return node.path("type").asText("");
  }

  private void walkDefinition() {
    JsonTrail top = JsonTrail.ROOT;
    for (Map.Entry<String, JsonNode> e : SwaggerWalk.fields(root)) {
      if (!e.getKey().equals("paths")) {
        walk(e.getValue(), top.field(e.getKey()), null, 1);
      }
    }
    Map<String, SwaggerWalk.Operation> byPointer = new HashMap<>();
    for (SwaggerWalk.Operation op : operations) {
      byPointer.put(op.pointer(), op);
    }
    JsonTrail paths = top.field("paths");
    for (Map.Entry<String, JsonNode> path : SwaggerWalk.fields(root.path("paths"))) {
      JsonTrail pathTrail = paths.field(path.getKey());
      record(path.getValue(), pathTrail, null);
      for (Map.Entry<String, JsonNode> item : SwaggerWalk.fields(path.getValue())) {
        JsonTrail itemTrail = pathTrail.field(item.getKey());
        SwaggerWalk.Operation op =
            SwaggerWalk.METHODS.contains(item.getKey()) ? byPointer.get(itemTrail.pointer()) : null;
        walk(item.getValue(), itemTrail, op, 3);
      }
    }
  }

  private void walk(JsonNode node, JsonTrail trail, SwaggerWalk.Operation op, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (node.isObject()) {
      record(node, trail, op);
      for (Map.Entry<String, JsonNode> e : SwaggerWalk.fields(node)) {
        if (e.getValue().isContainerNode()) {
          walk(e.getValue(), trail.field(e.getKey()), op, depth + 1);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (node.get(i).isContainerNode()) {
          walk(node.get(i), trail.index(i), op, depth + 1);
        }
      }
    }
  }

  private void record(JsonNode owner, JsonTrail trail, SwaggerWalk.Operation op) {
    // Objects hold few fields: checking each against the set is cheaper than the reverse.
    for (Map.Entry<String, JsonNode> e : SwaggerWalk.fields(owner)) {
      if (KEYS.contains(e.getKey())) {
        found
            .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
            .add(new Occurrence(e.getKey(), owner, e.getValue(), trail, op));
      }
    }
  }

  private void collectInvocations() {
    List<Invocation> all = new ArrayList<>();
    for (String key :
        List.of(DYNAMIC_VALUES, DYNAMIC_LIST, DYNAMIC_SCHEMA, DYNAMIC_PROPERTIES, NOTIFICATION)) {
      for (Occurrence o : occurrences(key)) {
        if (o.value().has("operationId")) {
          all.add(new Invocation(o, o.value(), o.ownerTrail().field(key)));
        }
      }
    }
    for (Occurrence o : occurrences(DYNAMIC_TREE)) {
      addParts(all, o, o.value(), o.ownerTrail().field(DYNAMIC_TREE));
    }
    for (Occurrence o : occurrences(CAPABILITIES)) {
      JsonNode picker = o.value().path("file-picker");
      addParts(all, o, picker, o.ownerTrail().field(CAPABILITIES).field("file-picker"));
    }
    for (Occurrence o : occurrences(OPERATION_CONTEXT)) {
      JsonNode simulate = o.value().path("simulate");
      if (simulate.has("operationId")) {
        all.add(
            new Invocation(o, simulate, o.ownerTrail().field(OPERATION_CONTEXT).field("simulate")));
      }
    }
    invocations.addAll(all);
  }

  private static void addParts(List<Invocation> all, Occurrence o, JsonNode ext, JsonTrail trail) {
    for (String part : List.of("open", "browse")) {
      JsonNode call = ext.path(part);
      if (call.has("operationId")) {
        all.add(new Invocation(o, call, trail.field(part)));
      }
    }
  }
}
