package census.rules.security;

import census.json.JsonDocument;
import census.rules.ConnectorIndex;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The security schemes of a definition ({@code securityDefinitions}) and the security requirements
 * that use them: the root {@code security} array and each operation's own.
 */
final class SecuritySchemes {
  static final String DEFINITIONS = "/securityDefinitions";

  private SecuritySchemes() {}

  /** A security scheme: its name, its object and its pointer. */
  record Scheme(String name, JsonNode node, String pointer) {
    String type() {
      return node.path("type").asText("");
    }
  }

  /** One entry of a requirement object: the scheme it names and the value (a list of scopes). */
  record Requirement(String scheme, JsonNode value, String pointer) {}

  /** Every scheme, in document order, objects or not. */
  static List<Scheme> schemes(JsonNode root) {
    List<Scheme> schemes = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : SwaggerWalk.fields(root.path("securityDefinitions"))) {
      schemes.add(
          new Scheme(
              e.getKey(), e.getValue(), DEFINITIONS + "/" + JsonDocument.escape(e.getKey())));
    }
    return schemes;
  }

  /** Every requirement entry of the root and of each operation. */
  static List<Requirement> requirements(JsonNode root) {
    List<Requirement> requirements = new ArrayList<>();
    add(root.path("security"), "/security", requirements);
    for (SwaggerWalk.Operation op : SwaggerWalk.operations(root)) {
      add(op.node().path("security"), op.pointer() + "/security", requirements);
    }
    return requirements;
  }

  /** A check of one requirement entry with the scheme it names. */
  @FunctionalInterface
  interface RequirementCheck {
    /** {@code scheme} is its securityDefinitions entry; a missing node when there is none. */
    void check(JsonDocument doc, Requirement r, JsonNode scheme);
  }

  /** Runs {@code check} on every requirement entry ({@link #requirements}) of the definition. */
  static void eachRequirement(ConnectorIndex connector, RequirementCheck check) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              JsonNode definitions = doc.tree().path("securityDefinitions");
              for (Requirement r : requirements(doc.tree())) {
                check.check(doc, r, definitions.path(r.scheme()));
              }
            });
  }

  private static void add(JsonNode security, String pointer, List<Requirement> out) {
    if (!security.isArray()) {
      return;
    }
    for (int i = 0; i < security.size(); i++) {
      for (Map.Entry<String, JsonNode> e : SwaggerWalk.fields(security.get(i))) {
        out.add(
            new Requirement(
                e.getKey(),
                e.getValue(),
                pointer + "/" + i + "/" + JsonDocument.escape(e.getKey())));
      }
    }
  }
}
