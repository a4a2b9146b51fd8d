package census.rules.extensions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.google.common.base.Splitter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Looks into the schemas an invoked operation produces or a caller sends. A schema that does not
 * say (no properties, open to additional ones, itself dynamic) answers "unknown", never "absent":
 * only what a definition rules out is reported.
 */
final class Schemas {
  private static final int MAX_DEPTH = 32;

  private Schemas() {}

  enum Presence {
    PRESENT,
    ABSENT,
    UNKNOWN
  }

  /** Where a path led: present with its resolved schema, absent, or unknown. */
  record Lookup(Presence presence, JsonNode schema) {
    static final Lookup ABSENT = new Lookup(Presence.ABSENT, MissingNode.getInstance());
    static final Lookup UNKNOWN = new Lookup(Presence.UNKNOWN, MissingNode.getInstance());

    boolean absent() {
      return presence == Presence.ABSENT;
    }
  }

  /** Follows a path of property names separated by {@code /} down from {@code schema}. */
  static Lookup at(Extensions ext, JsonNode schema, String path) {
    Lookup current = new Lookup(Presence.PRESENT, ext.resolve(schema));
    for (String segment : Splitter.on('/').split(path)) {
      if (!segment.isEmpty()) {
        current =
            property(
                ext, current.schema(), segment, Collections.newSetFromMap(new IdentityHashMap<>()));
        if (current.presence() != Presence.PRESENT) {
          return current;
        }
      }
    }
    return current;
  }

  /** The declared type of a resolved schema, "" when it declares none. */
  static String type(JsonNode schema) {
    return schema.path("type").isTextual() ? schema.get("type").asText() : "";
  }

  /** Adds the property names of {@code schema}, its own and its allOf members'. */
  static void propertyNames(Extensions ext, JsonNode schema, Set<String> out) {
    names(ext, schema, out, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
  }

  private static void names(
      Extensions ext, JsonNode schema, Set<String> out, Set<JsonNode> seen, int depth) {
    JsonNode s = ext.resolve(schema);
    if (!s.isObject() || depth > MAX_DEPTH || !seen.add(s)) {
      return;
    }
    for (Map.Entry<String, JsonNode> p : census.rules.SwaggerWalk.fields(s.path("properties"))) {
      out.add(p.getKey());
    }
    for (JsonNode member : s.path("allOf")) {
      names(ext, member, out, seen, depth + 1);
    }
  }

  /** Each schema is asked once ({@code seen}): allOf chains that share members cannot multiply. */
  private static Lookup property(Extensions ext, JsonNode schema, String name, Set<JsonNode> seen) {
    JsonNode s = ext.resolve(schema);
    if (!s.isObject() || seen.size() > MAX_DEPTH) {
      return Lookup.UNKNOWN;
    }
    if (!seen.add(s)) {
      return Lookup.ABSENT; // asked already along another branch of allOf
    }
    JsonNode props = s.path("properties");
    // The designer reads these paths without regard to case, as workflow expressions do.
    for (Map.Entry<String, JsonNode> p : census.rules.SwaggerWalk.fields(props)) {
      if (p.getKey().equalsIgnoreCase(name)) {
        return new Lookup(Presence.PRESENT, ext.resolve(p.getValue()));
      }
    }
    boolean declared = props.isObject() && !props.isEmpty();
    boolean unknown = false;
    for (JsonNode member : s.path("allOf")) {
      Lookup hit = property(ext, member, name, seen);
      if (hit.presence() == Presence.PRESENT) {
        return hit;
      }
      unknown |= hit.presence() == Presence.UNKNOWN;
      declared = true;
    }
    return !declared || unknown || open(s) ? Lookup.UNKNOWN : Lookup.ABSENT;
  }

  /** A schema that admits properties it does not list. */
  private static boolean open(JsonNode s) {
    JsonNode extra = s.path("additionalProperties");
    return extra.isObject()
        || extra.asBoolean(false)
        || s.has(Extensions.DYNAMIC_SCHEMA)
        || s.has(Extensions.DYNAMIC_PROPERTIES);
  }
}
