package census.rules.schemas;

import java.util.regex.Pattern;

/** Where a schema stands, read from its pointer. */
final class SchemaPlaces {
  private SchemaPlaces() {}

  private static final Pattern PARAMETER_ROOT = Pattern.compile(".*/parameters/[^/]+/schema");
  private static final Pattern RESPONSE_ROOT = Pattern.compile(".*/responses/[^/]+/schema");
  private static final Pattern DEFINITION_ROOT = Pattern.compile("/definitions/[^/]+");

  /** The schema of a body parameter itself, not one nested in it. */
  static boolean isParameterRoot(String pointer) {
    return pointer.endsWith("/schema") && PARAMETER_ROOT.matcher(pointer).matches();
  }

  /** The schema of a response itself, not one nested in it. */
  static boolean isResponseRoot(String pointer) {
    return pointer.endsWith("/schema") && RESPONSE_ROOT.matcher(pointer).matches();
  }

  /** A definition itself, not one of its properties. */
  static boolean isDefinitionRoot(String pointer) {
    return DEFINITION_ROOT.matcher(pointer).matches();
  }
}
