package census.rules;

import census.json.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What makes two findings in two versions of a connector the same violation: the file, the rule, a
 * stable path and the message. Line and column are left out, and so are array indexes: an element
 * of an array is named by what identifies it where the document is at hand (a parameter by its
 * {@code name} and {@code in}, a string by its value), and by {@code *} where it is not (the
 * warehouse keeps pointers, not documents). So shifted lines and a parameter inserted before
 * another do not make an old finding new.
 *
 * <p>Used by {@code census lint --new-from-rev} and {@code --baseline}, by the pull-request crawl
 * to tell a head's new findings from its base's, and by the rule-evidence job to follow a violation
 * from commit to commit.
 */
public record FindingKey(String file, String ruleId, String path, String message) {
  /** Maps whose keys are names the author chose, not fields of the format. */
  private static final Set<String> AUTHORS_KEYS =
      Set.of(
          "properties",
          "definitions",
          "paths",
          "parameters",
          "responses",
          "headers",
          "securityDefinitions",
          "connectionParameters",
          "patternProperties");

  private static final Pattern INDEX = Pattern.compile("\\d+");
  private static final Pattern SUMMARY_COUNT =
      Pattern.compile("^\\d+ (more findings of this rule)");

  /** The key of {@code f} without its document: array indexes become {@code *}. */
  public static FindingKey of(Finding f) {
    return of(f.file(), f.ruleId(), f.jsonPointer(), f.message());
  }

  /** The key of a finding as the warehouse stores it (columns of the findings tables). */
  public static FindingKey of(String file, String ruleId, String jsonPointer, String message) {
    return new FindingKey(file, ruleId, stablePath(jsonPointer, null), stableMessage(message));
  }

  /**
   * The key of {@code f} with array elements named from its file's parsed tree, which {@code roots}
   * gives by file name (empty for a file that is not JSON or did not parse).
   */
  public static FindingKey of(Finding f, Function<String, Optional<JsonNode>> roots) {
    JsonNode root = f.jsonPointer().isEmpty() ? null : roots.apply(f.file()).orElse(null);
    return new FindingKey(
        f.file(), f.ruleId(), stablePath(f.jsonPointer(), root), stableMessage(f.message()));
  }

  /**
   * The field the finding is on: the last step of its path that names a field, not an array element
   * nor an entry of a map whose keys the author chose (a property, definition, path or response
   * name), or the file for a finding about a whole file. Evidence is kept per facet, so a rule that
   * checks several things (a title and a description) shows each apart, and the facets of a rule
   * stay few.
   */
  public String facet() {
    String[] steps = path.split("/", -1);
    for (int i = steps.length - 1; i > 0; i--) {
      String step = steps[i];
      boolean named = i > 1 && AUTHORS_KEYS.contains(steps[i - 1]);
      if (!named && !step.equals("*") && !step.startsWith("[") && !INDEX.matcher(step).matches()) {
        return JsonDocument.unescape(step);
      }
    }
    return file;
  }

  /**
   * The findings of {@code now} that {@code before} does not hold, matched by key as multisets: a
   * key found twice now and once before makes one of the two new, the later one in {@code now}'s
   * order.
   */
  public static <T> List<T> newIn(
      Collection<T> now, Collection<T> before, Function<T, FindingKey> key) {
    Map<FindingKey, Integer> old = new HashMap<>();
    for (T t : before) {
      old.merge(key.apply(t), 1, Integer::sum);
    }
    List<T> fresh = new ArrayList<>();
    for (T t : now) {
      FindingKey k = key.apply(t);
      Integer left = old.get(k);
      if (left == null || left == 0) {
        fresh.add(t);
      } else {
        old.put(k, left - 1);
      }
    }
    return fresh;
  }

  /**
   * {@code pointer} with each array index replaced by what names the element in {@code root}, or by
   * {@code *} where {@code root} is null or the element has no name.
   */
  static String stablePath(String pointer, JsonNode root) {
    if (pointer.isEmpty()) {
      return pointer;
    }
    StringBuilder out = new StringBuilder(pointer.length());
    JsonNode node = root;
    for (String token : pointer.substring(1).split("/", -1)) {
      out.append('/');
      if (node != null && node.isArray() && INDEX.matcher(token).matches()) {
        JsonNode element = node.path(Integer.parseInt(token));
        out.append(elementName(element));
        node = element.isMissingNode() ? null : element;
      } else if (node == null && INDEX.matcher(token).matches()) {
        out.append('*');
      } else {
        out.append(token);
        node = node == null ? null : child(node, token);
      }
    }
    return out.toString();
  }

  private static JsonNode child(JsonNode node, String token) {
    if (!node.isObject()) {
      return null;
    }
    return node.get(JsonDocument.unescape(token));
  }

  private static String elementName(JsonNode element) {
    if (element.isTextual() || element.isNumber() || element.isBoolean()) {
      return "[" + element.asText() + "]";
    }
    if (element.isObject() && element.path("name").isTextual()) {
      String in = element.path("in").asText("");
      return "[" + element.path("name").asText() + (in.isEmpty() ? "" : "@" + in) + "]";
    }
    if (element.isObject() && element.path("$ref").isTextual()) {
      return "[" + element.path("$ref").asText() + "]";
    }
    return "*";
  }

  /** The per-rule summary finding's count changes with every finding; its key does not. */
  private static String stableMessage(String message) {
    return SUMMARY_COUNT.matcher(message).replaceFirst("N $1");
  }
}
