package census.rules.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Pattern;

/** A string that spells a value of a schema's type exactly, written as that value instead. */
final class TypedLiterals {
  private static final Pattern INTEGER = Pattern.compile("-?(?:0|[1-9][0-9]*)");
  private static final Pattern NUMBER =
      Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");

  private TypedLiterals() {}

  /**
   * The JSON literal of type {@code type} that the string {@code value} spells exactly ({@code
   * "true"} as {@code true}, {@code "10"} as {@code 10}); empty for anything else, such as {@code
   * "True"}, {@code "010"} or {@code "1.0"} for an integer.
   */
  static Optional<String> of(String type, JsonNode value) {
    if (!value.isTextual()) {
      return Optional.empty();
    }
    String text = value.asText();
    boolean exact =
        switch (type) {
          case "boolean" -> text.equals("true") || text.equals("false");
          case "integer" -> INTEGER.matcher(text).matches();
          case "number" -> NUMBER.matcher(text).matches();
          default -> false;
        };
    return exact ? Optional.of(text) : Optional.empty();
  }
}
