package census.rules.operations;

import census.json.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Where a parameter or response of an operation is written, for fixes that edit it: a referenced
 * one ({@code "$ref": "#/parameters/Id"}) is edited where the reference points, once for every
 * operation that uses it.
 */
public final class Written {
  private Written() {}

  /**
   * The pointer of the object at {@code pointer}, or of the target of its local {@code $ref}; empty
   * when that is not an object, or is itself a reference.
   */
  public static Optional<String> at(JsonDocument doc, String pointer) {
    JsonNode node = doc.tree().at(pointer);
    String place = pointer;
    if (node.has("$ref")) {
      String ref = node.path("$ref").asText("");
      if (!ref.startsWith("#/")) {
        return Optional.empty();
      }
      place = ref.substring(1);
      node = doc.tree().at(place);
    }
    return node.isObject() && !node.has("$ref") ? Optional.of(place) : Optional.empty();
  }
}
