package census.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The MIME types an operation consumes or produces, as Swagger 2.0 inherits them. */
public final class MimeTypes {
  public static final String FORM_URLENCODED = "application/x-www-form-urlencoded";
  public static final String MULTIPART_FORM = "multipart/form-data";

  private MimeTypes() {}

  /**
   * The operation's {@code consumes} or {@code produces} ({@code which}) if it has one, even empty,
   * else the root's; each value as its lower-case type/subtype without parameters.
   */
  public static List<String> effective(JsonNode root, SwaggerWalk.Operation op, String which) {
    JsonNode list = op.node().has(which) ? op.node().path(which) : root.path(which);
    List<String> types = new ArrayList<>();
    for (JsonNode v : list) {
      if (v.isTextual()) {
        types.add(base(v.asText()));
      }
    }
    return types;
  }

  /** {@code "Application/JSON; charset=utf-8"} becomes {@code "application/json"}. */
  public static String base(String mime) {
    int semicolon = mime.indexOf(';');
    return (semicolon < 0 ? mime : mime.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }
}
