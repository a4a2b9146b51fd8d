package census.rules.schemas;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading a schema's {@code required} list. */
final class Required {
  private Required() {}

  /** Whether {@code schema}'s own required list names {@code property}. */
  static boolean lists(JsonNode schema, String property) {
    for (JsonNode name : schema.path("required")) {
      if (property.equals(name.asText())) {
        return true;
      }
    }
    return false;
  }
}
