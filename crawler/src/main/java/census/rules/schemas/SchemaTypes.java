package census.rules.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;

/** The Swagger 2.0 data types, the formats the platform knows for each, and type checks. */
final class SchemaTypes {
  private SchemaTypes() {}

  /**
   * Formats by type: Swagger 2.0's (int32, int64, float, double, byte, binary, date, date-time,
   * password) and the platform's extended string formats that the authoring guide lists (seed 004:
   * date-no-tz, email, html, uri, uuid). Array, object, boolean and file take no format.
   */
  static final Map<String, Set<String>> FORMATS =
      Map.of(
          "integer", Set.of("int32", "int64"),
          "number", Set.of("float", "double"),
          "string",
              Set.of(
                  "byte",
                  "binary",
                  "date",
                  "date-time",
                  "password",
                  "date-no-tz",
                  "email",
                  "html",
                  "uri",
                  "uuid"),
          "boolean", Set.of(),
          "array", Set.of(),
          "object", Set.of(),
          "file", Set.of());

  /**
   * Whether {@code value}'s JSON type is one a value of {@code type} can have; true for a type this
   * does not know (another rule reports those) and for file, which has no JSON values.
   */
  static boolean fits(String type, JsonNode value) {
    return switch (type) {
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber() || (value.isNumber() && isWhole(value));
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "array" -> value.isArray();
      case "object" -> value.isObject();
      default -> true;
    };
  }

  /** The JSON type of a value, as a message names it. */
  static String jsonType(JsonNode value) {
    return switch (value.getNodeType()) {
      case STRING -> "a string";
      case NUMBER -> value.isIntegralNumber() ? "an integer" : "a number";
      case BOOLEAN -> "a boolean";
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      default -> "null";
    };
  }

  private static boolean isWhole(JsonNode value) {
    double d = value.doubleValue();
    return !Double.isInfinite(d) && d == Math.rint(d);
  }
}
