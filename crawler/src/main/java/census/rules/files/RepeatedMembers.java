package census.rules.files;

import census.json.Edit;
import census.json.Span;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The members that a repeated key repeats, found by scanning a strict JSON text: the reader keeps
 * one place per key (the last member's), so where an earlier member lies is found only here.
 */
final class RepeatedMembers {
  private RepeatedMembers() {}

  /** An object being scanned: its members so far, and the key whose value comes next. */
  private static final class Frame {
    final boolean object;
    final Map<String, Span> members = new HashMap<>();
    boolean expectKey = true;
    String key;
    int keyStart;

    Frame(boolean object) {
      this.object = object;
    }
  }

  /**
   * For each key that repeats an earlier key of its object, by the offset of its opening quote: the
   * member it repeats (the one just before it with that name), from its key to the end of its
   * value. {@code text} must be strict JSON.
   */
  static Map<Integer, Span> earlier(char[] text) {
    Map<Integer, Span> repeated = new HashMap<>();
    Deque<Frame> open = new ArrayDeque<>();
    int i = 0;
    while (i < text.length) {
      char c = text[i];
      Frame top = open.peek();
      if (c == '{' || c == '[') {
        open.push(new Frame(c == '{'));
        i++;
      } else if (c == '}' || c == ']') {
        open.pop();
        i++;
        valueEnds(open.peek(), i, repeated);
      } else if (c == '"') {
        int end = stringEnd(text, i);
        if (top != null && top.object && top.expectKey) {
          top.key = name(text, i, end);
          top.keyStart = i;
          top.expectKey = false;
        } else {
          valueEnds(top, end, repeated);
        }
        i = end;
      } else if (c == ',') {
        if (top != null && top.object) {
          top.expectKey = true;
        }
        i++;
      } else if (c == ':' || isSpace(c)) {
        i++;
      } else {
        int end = i;
        while (end < text.length && !isSpace(text[end]) && ",:]}".indexOf(text[end]) < 0) {
          end++;
        }
        valueEnds(top, end, repeated);
        i = end;
      }
    }
    return repeated;
  }

  private static void valueEnds(Frame object, int end, Map<Integer, Span> repeated) {
    if (object == null || !object.object || object.key == null) {
      return;
    }
    Span before = object.members.put(object.key, new Span(object.keyStart, end));
    if (before != null) {
      repeated.put(object.keyStart, before);
    }
    object.key = null;
  }

  /**
   * Removes a member that another follows in its object, with its comma: a member on lines of its
   * own loses those lines, one sharing a line loses itself up to the next member.
   */
  static Optional<Edit> remove(char[] text, Span member) {
    int comma = skipSpace(text, member.end());
    if (comma >= text.length || text[comma] != ',') {
      return Optional.empty();
    }
    int next = skipSpace(text, comma + 1);
    int lineStart = lineStart(text, member.start());
    int nextLine = lineStart(text, next);
    if (nextLine > lineStart
        && blank(text, lineStart, member.start())
        && blank(text, nextLine, next)) {
      return Optional.of(new Edit(lineStart, nextLine, ""));
    }
    return Optional.of(new Edit(member.start(), next, ""));
  }

  /** The offset just past the string that starts at {@code start}. */
  private static int stringEnd(char[] text, int start) {
    int i = start + 1;
    while (i < text.length && text[i] != '"') {
      i += text[i] == '\\' ? 2 : 1;
    }
    return i + 1;
  }

  /** The name a key token spells, its escapes read. */
  private static String name(char[] text, int start, int end) {
    StringBuilder name = new StringBuilder(end - start);
    for (int i = start + 1; i < end - 1; i++) {
      char c = text[i];
      if (c != '\\') {
        name.append(c);
        continue;
      }
      char e = text[++i];
      switch (e) {
        case 'b' -> name.append('\b');
        case 'f' -> name.append('\f');
        case 'n' -> name.append('\n');
        case 'r' -> name.append('\r');
        case 't' -> name.append('\t');
        case 'u' -> {
          name.append((char) Integer.parseInt(new String(text, i + 1, 4), 16));
          i += 4;
        }
        default -> name.append(e); // \" \\ \/
      }
    }
    return name.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static int skipSpace(char[] text, int i) {
    while (i < text.length && isSpace(text[i])) {
      i++;
    }
    return i;
  }

  private static boolean blank(char[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isSpace(text[i])) {
        return false;
      }
    }
    return true;
  }

  private static int lineStart(char[] text, int i) {
    int start = i;
    while (start > 0 && text[start - 1] != '\n') {
      start--;
    }
    return start;
  }
}
