package census.rules;

import census.json.JsonDocument;

/**
 * The way from a document's root to a node, kept as links rather than as a string: a rule that
 * walks every node of a large definition builds the JSON pointer only for the nodes it reports.
 */
public record JsonTrail(JsonTrail parent, String token) {
  /** The trail of the root, whose pointer is the empty string. */
  public static final JsonTrail ROOT = new JsonTrail(null, null);

  public JsonTrail field(String name) {
    return new JsonTrail(this, name);
  }

  public JsonTrail index(int i) {
    return new JsonTrail(this, Integer.toString(i));
  }

  /** The RFC 6901 pointer, e.g. {@code /paths/~1items/get}. */
  public String pointer() {
    if (parent == null) {
      return "";
    }
    return parent.pointer() + "/" + JsonDocument.escape(token);
  }
}
