package census.json;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Edits of a {@link JsonDocument} made from the spans it keeps, so that a fix changes only what it
 * is about: the file's indentation, key order, line endings and comments stay as they were. Each
 * method returns empty when the place is not there or its layout is too odd to edit safely.
 */
public final class JsonEdits {
  private JsonEdits() {}

  /** A JSON string literal for {@code value}, escaped as Jackson writes it. */
  public static String quote(String value) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
  }

  /** Replaces the value at {@code pointer} by {@code json} (a JSON literal, written as given). */
  public static Optional<Edit> replaceValue(JsonDocument doc, String pointer, String json) {
    return doc.span(pointer).map(s -> new Edit(s.start(), s.end(), json));
  }

  /** Replaces the string at {@code pointer} by {@code value}. */
  public static Optional<Edit> replaceString(JsonDocument doc, String pointer, String value) {
    if (!doc.tree().at(pointer).isTextual()) {
      return Optional.empty();
    }
    return replaceValue(doc, pointer, quote(value));
  }

  /**
   * Inserts the member {@code "key": json} as the first of the object at {@code pointer}, laid out
   * as its present first member is (same line or a line of its own, same space around the colon),
   * so that a multi-line object gains one line and no other line changes.
   */
  public static Optional<Edit> insertMember(
      JsonDocument doc, String pointer, String key, String json) {
    JsonNode object = doc.tree().at(pointer);
    Optional<Span> span = doc.span(pointer);
    if (!object.isObject() || span.isEmpty() || object.has(key)) {
      return Optional.empty();
    }
    String text = doc.text();
    int open = span.get().start();
    if (text.charAt(open) != '{') {
      return Optional.empty();
    }
    String member = quote(key);
    if (object.isEmpty()) {
      int close = span.get().end() - 1;
      if (!blank(text, open + 1, close) || text.substring(open + 1, close).contains("\n")) {
        return Optional.empty();
      }
      return Optional.of(new Edit(open + 1, close, member + ": " + json));
    }
    String first = JsonDocument.escape(object.fieldNames().next());
    Optional<Span> firstKey = doc.keySpan(pointer + "/" + first);
    Optional<Span> firstValue = doc.span(pointer + "/" + first);
    if (firstKey.isEmpty() || firstValue.isEmpty()) {
      return Optional.empty();
    }
    String before = text.substring(open + 1, firstKey.get().start());
    String colon = text.substring(firstKey.get().end(), firstValue.get().start());
    if (!blank(before, 0, before.length()) || !colon.strip().equals(":")) {
      return Optional.empty();
    }
    // On one line with nothing before the first key, space after the comma as after the colon.
    String gap = before.isEmpty() && colon.endsWith(" ") ? " " : "";
    return Optional.of(new Edit(open + 1, open + 1, before + member + colon + json + "," + gap));
  }

  /**
   * Removes the member or array element at {@code pointer} with its comma: a member on lines of its
   * own loses those lines; the last one takes the comma before it; the only one leaves its brackets
   * empty ({@code {}}).
   */
  public static Optional<Edit> remove(JsonDocument doc, String pointer) {
    Optional<Span> value = doc.span(pointer);
    if (value.isEmpty() || pointer.isEmpty()) {
      return Optional.empty();
    }
    String text = doc.text();
    int start = doc.keySpan(pointer).map(Span::start).orElse(value.get().start());
    int after = skipBlank(text, value.get().end());
    if (after < text.length() && text.charAt(after) == ',') {
      // Up to the next member: its own line's indentation is what this one's was.
      int next = skipBlank(text, after + 1);
      int lineStart = lineStart(text, start);
      if (blank(text, lineStart, start) && lineStart(text, next) > lineStart) {
        return Optional.of(new Edit(lineStart, lineStart(text, next), ""));
      }
      return Optional.of(new Edit(start, next, ""));
    }
    int before = skipBlankBack(text, start);
    if (before > 0 && text.charAt(before - 1) == ',') {
      return Optional.of(new Edit(before - 1, value.get().end(), ""));
    }
    // The only member: the brackets close on it ("{}"), leaving no blank line behind. Anything
    // else around it (a comment after a comma) would leave that comma dangling.
    boolean opens =
        before > 0 && (text.charAt(before - 1) == '{' || text.charAt(before - 1) == '[');
    boolean closes =
        after < text.length() && (text.charAt(after) == '}' || text.charAt(after) == ']');
    if (!opens || !closes) {
      return Optional.empty();
    }
    return Optional.of(new Edit(before, after, ""));
  }

  private static boolean blank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int skipBlank(String text, int i) {
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipBlankBack(String text, int i) {
    while (i > 0 && isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int lineStart(String text, int i) {
    return text.lastIndexOf('\n', i - 1) + 1;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
}
