package census.rules.extensions;

/**
 * The value paths of x-ms-dynamic-schema and x-ms-dynamic-properties: the former may end at a
 * schema's {@code properties}, the latter names the schema itself.
 */
final class DynamicPaths {
  private DynamicPaths() {}

  /** Without leading and trailing slashes. */
  static String trim(String path) {
    int from = 0;
    int to = path.length();
    while (from < to && path.charAt(from) == '/') {
      from++;
    }
    while (to > from && path.charAt(to - 1) == '/') {
      to--;
    }
    return path.substring(from, to);
  }

  static boolean endsWithProperties(String valuePath) {
    String path = trim(valuePath);
    return path.equals("properties") || path.endsWith("/properties");
  }

  /** The path of the schema an x-ms-dynamic-schema value-path points into. */
  static String schemaPath(String valuePath) {
    String path = trim(valuePath);
    if (!endsWithProperties(path)) {
      return path;
    }
    return trim(path.substring(0, path.length() - "properties".length()));
  }
}
