package census.rules.extensions;

import census.json.JsonDocument;
import census.rules.ConnectorIndex;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Webhook triggers: which operations are triggers, which carry the notification payload schema
 * (x-ms-notification-content, on the operation or its path item), and the notification URL
 * properties (x-ms-notification-url) in each operation's body, found by following the body schema
 * down through its properties and local {@code $ref}s with what the chain down to each says:
 * internal somewhere, required all the way.
 */
final class Webhooks {
  private static final int MAX_DEPTH = 32;

  /**
   * A notification URL property of an operation's body: its resolved schema, the pointer of the
   * place it is written, whether it or a parent is internal, whether it is required all the way.
   */
  record UrlProperty(JsonNode schema, String pointer, boolean internal, boolean required) {}

  private final Extensions ext;
  private final Map<String, List<UrlProperty>> urls = new HashMap<>();

  private Webhooks(Extensions ext) {
    this.ext = ext;
    if (ext.occurrences(Extensions.NOTIFICATION_URL).isEmpty()) {
      return; // no body holds a notification URL: nothing to follow
    }
    for (SwaggerWalk.Operation op : ext.operations()) {
      List<UrlProperty> found = new ArrayList<>();
      for (SwaggerWalk.Parameter p : ext.parameters(op)) {
        if (p.in().equals("body")) {
          visit(
              p.node().path("schema"),
              written(p) + "/schema",
              internal(p.node()),
              p.node().path("required").asBoolean(false),
              new HashSet<>(),
              0,
              found);
        }
      }
      urls.put(op.pointer(), found);
    }
  }

  private static final ConnectorIndex.Key<Optional<Webhooks>> EXTENSION_WEBHOOKS =
      ConnectorIndex.Key.of(connector -> Extensions.of(connector).map(Webhooks::new));

  static Optional<Webhooks> of(ConnectorIndex connector) {
    return connector.get(EXTENSION_WEBHOOKS);
  }

  /** The notification URL properties in the operation's body. */
  List<UrlProperty> urls(SwaggerWalk.Operation op) {
    return urls.getOrDefault(op.pointer(), List.of());
  }

  /** Every notification URL property reached from some operation's body, once per place. */
  Map<String, UrlProperty> allUrls() {
    Map<String, UrlProperty> all = new java.util.LinkedHashMap<>();
    for (SwaggerWalk.Operation op : ext.operations()) {
      for (UrlProperty u : urls(op)) {
        all.putIfAbsent(u.pointer(), u);
      }
    }
    return all;
  }

  /** A check of one operation or extension, with the webhooks of the definition. */
  @FunctionalInterface
  interface Check<T> {
    void check(Extensions ext, Webhooks hooks, T item);
  }

  /** Runs {@code check} on every operation of the definition. */
  static void eachOperation(ConnectorIndex connector, Check<SwaggerWalk.Operation> check) {
    Extensions.of(connector)
        .ifPresent(
            ext -> {
              Webhooks hooks = of(connector).orElseThrow();
              ext.operations().forEach(op -> check.check(ext, hooks, op));
            });
  }

  /**
   * Runs {@code check} on every x-ms-notification written on an operation itself, not on something
   * inside it (a parameter, a schema) or outside any operation.
   */
  static void eachOperationNotification(
      ConnectorIndex connector, Check<Extensions.Occurrence> check) {
    Extensions.of(connector)
        .ifPresent(
            ext -> {
              Webhooks hooks = of(connector).orElseThrow();
              for (Extensions.Occurrence o : ext.occurrences(Extensions.NOTIFICATION)) {
                SwaggerWalk.Operation op = o.op();
                if (op != null && o.ownerTrail().pointer().equals(op.pointer())) {
                  check.check(ext, hooks, o);
                }
              }
            });
  }

  /** Runs {@code check} on every notification URL property ({@link #allUrls}). */
  static void eachUrl(ConnectorIndex connector, BiConsumer<Extensions, UrlProperty> check) {
    Extensions.of(connector)
        .ifPresent(
            ext -> {
              for (UrlProperty u : of(connector).orElseThrow().allUrls().values()) {
                check.accept(ext, u);
              }
            });
  }

  static boolean isTrigger(SwaggerWalk.Operation op) {
    return op.node().has("x-ms-trigger");
  }

  /** Whether the operation or its path item declares the notification payload. */
  boolean hasContent(SwaggerWalk.Operation op) {
    String pathPointer = op.pointer().substring(0, op.pointer().lastIndexOf('/'));
    return op.node().has(Extensions.NOTIFICATION_CONTENT)
        || ext.root().at(pathPointer).has(Extensions.NOTIFICATION_CONTENT);
  }

  /** A trigger the service calls back: it declares a payload or sends a notification URL. */
  boolean isWebhook(SwaggerWalk.Operation op) {
    return isTrigger(op) && (hasContent(op) || !urls(op).isEmpty());
  }

  private void visit(
      JsonNode node,
      String pointer,
      boolean internal,
      boolean required,
      Set<String> refs,
      int depth,
      List<UrlProperty> out) {
    if (!node.isObject() || depth > MAX_DEPTH) {
      return;
    }
    boolean hidden = internal || internal(node);
    JsonNode schema = node;
    String at = pointer;
    String ref = node.path("$ref").asText("");
    if (!ref.isEmpty()) {
      // A definition is followed once per operation for each way there (internal or not,
      // required or not), so loops end and shared definitions cannot multiply the walk.
      if (!ref.startsWith("#/")
          || !refs.add(ref + (hidden ? "|i" : "|v") + (required ? "|r" : "|o"))) {
        return;
      }
      schema = ext.resolve(node);
      at = ref.substring(1);
      hidden |= internal(schema);
    }
    if (schema.path(Extensions.NOTIFICATION_URL).asBoolean(false)) {
      out.add(new UrlProperty(schema, at, hidden, required));
    }
    JsonNode needed = schema.path("required");
    for (Map.Entry<String, JsonNode> p : SwaggerWalk.fields(schema.path("properties"))) {
      boolean childRequired = required && contains(needed, p.getKey());
      visit(
          p.getValue(),
          at + "/properties/" + JsonDocument.escape(p.getKey()),
          hidden,
          childRequired,
          refs,
          depth + 1,
          out);
    }
    JsonNode allOf = schema.path("allOf");
    for (int i = 0; i < allOf.size(); i++) {
      visit(allOf.get(i), at + "/allOf/" + i, hidden, required, refs, depth + 1, out);
    }
  }

  /** Where a parameter is written: the shared parameter a {@code $ref} entry names, or in place. */
  private String written(SwaggerWalk.Parameter p) {
    String ref = ext.root().at(p.pointer()).path("$ref").asText("");
    return ref.startsWith("#/") ? ref.substring(1) : p.pointer();
  }

  private static boolean internal(JsonNode node) {
    return node.path("x-ms-visibility").asText("").equals("internal");
  }

  private static boolean contains(JsonNode array, String name) {
    for (JsonNode n : array) {
      if (n.asText("").equals(name)) {
        return true;
      }
    }
    return false;
  }
}
