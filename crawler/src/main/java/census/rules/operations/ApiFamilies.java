package census.rules.operations;

import census.rules.ConnectorIndex;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operation families of a definition: operations whose {@code x-ms-api-annotation} names the
 * same {@code family}, in document order, computed once per connector for the family rules.
 */
final class ApiFamilies {
  /** A family member; {@code revision} is null when the annotation gives none. */
  record Member(SwaggerWalk.Operation op, String revision, boolean deprecated) {
    String annotation() {
      return op.pointer() + "/x-ms-api-annotation";
    }
  }

  private ApiFamilies() {}

  private static final ConnectorIndex.Key<Map<String, List<Member>>> API_FAMILIES =
      ConnectorIndex.Key.of(
          connector -> connector.definition().map(doc -> families(doc.tree())).orElse(Map.of()));

  static Map<String, List<Member>> of(ConnectorIndex connector) {
    return connector.get(API_FAMILIES);
  }

  private static Map<String, List<Member>> families(JsonNode root) {
    Map<String, List<Member>> families = new LinkedHashMap<>();
    for (SwaggerWalk.Operation op : SwaggerWalk.operations(root)) {
      JsonNode annotation = op.node().path("x-ms-api-annotation");
      String family = annotation.path("family").asText("");
      if (family.isBlank()) {
        continue;
      }
      JsonNode revision = annotation.path("revision");
      String rev = revision.isValueNode() ? revision.asText("").trim() : "";
      families
          .computeIfAbsent(family, k -> new ArrayList<>())
          .add(
              new Member(
                  op, rev.isEmpty() ? null : rev, op.node().path("deprecated").asBoolean(false)));
    }
    return families;
  }
}
