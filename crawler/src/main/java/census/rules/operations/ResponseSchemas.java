package census.rules.operations;

import census.json.Edit;
import census.json.JsonDocument;
import census.json.JsonEdits;
import census.rules.ConnectorIndex;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Removing the schema of a response that no action's outputs come from. */
public final class ResponseSchemas {
  private ResponseSchemas() {}

  /**
   * The edit that removes the schema of response {@code r} of {@code op} where it is written; none
   * when the designer may build an action's outputs from it: a default response is one where no 2xx
   * response has a schema, and a referenced response must be unused for outputs by every operation
   * that uses it.
   */
  public static List<Edit> removal(
      ConnectorIndex connector,
      JsonDocument doc,
      SwaggerWalk.Operation op,
      SwaggerWalk.Response r) {
    JsonNode root = doc.tree();
    if (!outputsIgnore(root, op, r.status())) {
      return List.of();
    }
    return Written.at(doc, r.pointer())
        .filter(at -> at.equals(r.pointer()) || everyUseIgnores(connector, r.node()))
        .flatMap(at -> JsonEdits.remove(doc, at + "/schema"))
        .stream()
        .toList();
  }

  /**
   * True when no action's outputs come from the schema of response {@code status} of {@code op}.
   */
  private static boolean outputsIgnore(JsonNode root, SwaggerWalk.Operation op, String status) {
    if (status.startsWith("4") || status.startsWith("5")) {
      return true;
    }
    return status.equals("default")
        && SwaggerWalk.responses(root, op).stream()
            .anyMatch(s -> s.status().startsWith("2") && s.node().path("schema").isObject());
  }

  /**
   * The responses written once and referenced, each with whether every operation's use of it
   * ignores its schema; worked out once per connector, as a shared response has a finding per use.
   */
  private static final ConnectorIndex.Key<Map<JsonNode, Boolean>> SHARED =
      ConnectorIndex.Key.of(
          connector -> {
            // By identity: two shared responses may be equal, and each has its own uses.
            IdentityHashMap<JsonNode, Boolean> ignored = new IdentityHashMap<>();
            connector
                .definition()
                .ifPresent(
                    doc -> {
                      JsonNode root = doc.tree();
                      for (SwaggerWalk.Operation op : SwaggerWalk.operations(connector)) {
                        for (Map.Entry<String, JsonNode> use :
                            SwaggerWalk.fields(op.node().path("responses"))) {
                          if (use.getValue().has("$ref")) {
                            ignored.merge(
                                SwaggerWalk.resolve(root, use.getValue()),
                                outputsIgnore(root, op, use.getKey()),
                                Boolean::logicalAnd);
                          }
                        }
                      }
                    });
            return ignored;
          });

  /** True when every response of every operation that refers to {@code shared} ignores it. */
  private static boolean everyUseIgnores(ConnectorIndex connector, JsonNode shared) {
    return connector.get(SHARED).getOrDefault(shared, false);
  }
}
