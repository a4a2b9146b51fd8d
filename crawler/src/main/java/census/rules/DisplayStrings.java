package census.rules;

import census.json.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The strings of a definition that people read in the designer and translators translate: every
 * {@code title}, {@code summary}, {@code description} and {@code x-ms-summary}, with its pointer.
 * Examples, defaults and enum values are data, not text, and are skipped.
 */
public final class DisplayStrings {
  public static final Set<String> KEYS = Set.of("title", "summary", "description", "x-ms-summary");
  private static final Set<String> DATA =
      Set.of(
          "example",
          "examples",
          "x-examples",
          "x-ms-examples",
          "default",
          "enum",
          "x-ms-test-value");

  /** URLs, e-mail addresses, code spans and quoted names are not prose. */
  private static final Pattern NOT_PROSE =
      Pattern.compile(
          "[a-zA-Z][a-zA-Z0-9+.-]*://\\S*|\\S+@\\S+\\.\\S+|`[^`]*`|\"[^\"]*\"|'[^'\\s]+'|\\{[^}]*}");

  private DisplayStrings() {}

  /** A string and the way to it; the pointer is built only for strings a rule reports. */
  public record Text(JsonTrail trail, String key, String value) {
    public String pointer() {
      return trail.pointer();
    }
  }

  /** One word of prose and where it starts in the value (0-based). */
  public record Word(String text, int offset, boolean sentenceStart) {}

  private static final ConnectorIndex.Key<List<Text>> DISPLAY_STRINGS =
      ConnectorIndex.Key.of(
          connector -> connector.definition().map(DisplayStrings::of).orElse(List.of()));

  /** The definition's display strings, walked once per connector and shared by the text rules. */
  public static List<Text> of(ConnectorIndex connector) {
    return connector.get(DISPLAY_STRINGS);
  }

  public static List<Text> of(JsonDocument doc) {
    List<Text> out = new ArrayList<>();
    walk(doc.tree(), JsonTrail.ROOT, out);
    return out;
  }

  private static void walk(JsonNode node, JsonTrail trail, List<Text> out) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode value = e.getValue();
        if (DATA.contains(e.getKey()) || (value.isValueNode() && !KEYS.contains(e.getKey()))) {
          continue;
        }
        if (value.isTextual()) {
          out.add(new Text(trail.field(e.getKey()), e.getKey(), value.asText()));
        } else {
          walk(value, trail.field(e.getKey()), out);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (node.get(i).isContainerNode()) {
          walk(node.get(i), trail.index(i), out);
        }
      }
    }
  }

  /**
   * The words of a value that are prose: URLs, e-mail addresses, code spans, quoted names and
   * anything holding a digit, slash, underscore or other code-like character are left out.
   */
  public static List<Word> words(String value) {
    String prose = blank(value);
    List<Word> words = new ArrayList<>();
    boolean sentenceStart = true;
    int i = 0;
    while (i < prose.length()) {
      if (Character.isWhitespace(prose.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < prose.length() && !Character.isWhitespace(prose.charAt(i))) {
        i++;
      }
      String raw = prose.substring(start, i);
      int lead = 0;
      while (lead < raw.length() && !Character.isLetterOrDigit(raw.charAt(lead))) {
        lead++;
      }
      int trail = raw.length();
      while (trail > lead && !Character.isLetterOrDigit(raw.charAt(trail - 1))) {
        trail--;
      }
      String word = raw.substring(lead, trail);
      if (!word.isEmpty() && isWord(word)) {
        words.add(new Word(word, start + lead, sentenceStart));
      }
      char last = raw.charAt(raw.length() - 1);
      sentenceStart = last == '.' || last == '!' || last == '?' || last == ':';
    }
    return words;
  }

  private static boolean isWord(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Character.isLetter(c) && c != '\'' && c != '’' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static String blank(String value) {
    if (value
        .chars()
        .noneMatch(c -> c == ':' || c == '@' || c == '`' || c == '"' || c == '\'' || c == '{')) {
      return value; // nothing that could be a URL, address, code span or quote
    }
    Matcher m = NOT_PROSE.matcher(value);
    StringBuilder s = new StringBuilder(value);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        s.setCharAt(i, ' ');
      }
    }
    return s.toString();
  }
}
