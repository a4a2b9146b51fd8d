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

  /** True when this is the trail of exactly {@code tokens} from the root, with no pointer built. */
  public boolean is(String... tokens) {
    JsonTrail at = this;
    for (int i = tokens.length - 1; i >= 0; i--) {
      if (at.parent == null || !tokens[i].equals(at.token)) {
        return false;
      }
      at = at.parent;
    }
    return at.parent == null;
  }
}
