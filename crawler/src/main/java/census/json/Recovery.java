package census.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Reads a file the strict parser rejected, in the manner of VS Code's jsonc-parser: a
 * recursive-descent parser that reports each fault once, at its place, and reads on around it, so
 * that a broken file keeps every value before and after the fault.
 *
 * <p>It recovers from what connector pull requests show: missing or extra commas, comments,
 * unquoted keys and strings, single quotes, raw control characters, a missing colon or value, a
 * missing or extra closing bracket, content after the root, and truncation (what is open is
 * closed). A missing comma, colon or value is reported where it should have been (just after the
 * token before it), a missing bracket at the token that shows it missing, something extra or
 * malformed where it starts.
 */
final class Recovery extends Tree {
  /** Past this many faults the file is noise: the rest are not listed, though still read. */
  static final int MAX_FAULTS = 100;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern NUMBER =
      Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");

  /** Jackson's default limit; parsing longer digit strings takes quadratic time. */
  private static final int MAX_NUMBER_CHARS = 1000;

  private final String text;
  private final int length;
  private int pos;

  /** Where the last token read ends: the place of anything missing after it. */
  private int prevEnd;

  /** The kind of each open container, by depth ('{' or '['); the root container is at 1. */
  private final char[] open = new char[JsonDocument.MAX_DEPTH + 1];

  /** An object closed at a '{' in its array: the fault said so, the array does not add one. */
  private boolean handedOver;

  /** The end of the file was reported once: open containers close without a fault each. */
  private boolean ended;

  private int syntaxFaults;

  /** The root object's member positions, should members follow its closing brace. */
  private Slots rootSlots;

  /** Ends the reading at a limit; the document then has no root. */
  private static final class OverLimit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OverLimit() {
      super(null, null, false, false);
    }
  }

  Recovery(String text) {
    this.text = text;
    this.length = text.length();
  }

  /** Reads the text; null when it holds no value or goes over a limit (the faults say which). */
  JsonNode read() {
    try {
      skip();
      while (pos < length && !startsValue(text.charAt(pos))) {
        int start = pos;
        while (pos < length && !startsValue(text.charAt(pos))) {
          pos++;
        }
        fault(start, "unexpected " + quoted(text.charAt(start)) + " before the JSON value");
        skip();
      }
      if (pos == length) {
        faults.add(new Fault(SyntaxIssue.Kind.UNREADABLE, "file holds no JSON value", length));
        return null;
      }
      rootStart = pos;
      JsonNode root = value(0);
      rootEnd = prevEnd;
      skip();
      while (pos < length) {
        char c = text.charAt(pos);
        if (root instanceof ObjectNode object && (c == ',' || c == '"')) {
          // Members after the end: an extra } came before, closing the root early. Where it is
          // cannot be told, so the fault names the brace that closed the root.
          fault(prevEnd - 1, "the document's object ends here, before its last members");
          members(object, rootSlots, 1, c == ',');
        } else if (c == '}' || c == ']') {
          fault(pos, "extra " + c + " after the end of the JSON document");
          pos++;
        } else {
          fault(pos, "content after the end of the JSON document");
          break;
        }
        skip();
      }
      rootEnd = Math.max(rootEnd, prevEnd);
      return root;
    } catch (OverLimit e) {
      return null;
    }
  }

  /**
   * Where a string or a word that starts at {@code start} ends: after its closing quote, or its
   * last letter.
   */
  static int tokenEnd(String text, int start) {
    char quote = text.charAt(start);
    int i = start + 1;
    if (quote == '"' || quote == '\'') {
      while (i < text.length() && text.charAt(i) != quote) {
        i += text.charAt(i) == '\\' ? 2 : 1;
      }
      return Math.min(i + 1, text.length());
    }
    while (i < text.length() && !endsWord(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Reads the value at {@code pos}, or returns null without moving when none starts there. */
  private JsonNode value(int depth) {
    char c = text.charAt(pos);
    return switch (c) {
      case '{' -> object(depth + 1);
      case '[' -> array(depth + 1);
      case '"', '\'' -> NODES.textNode(string());
      case ',', ':', '}', ']' -> null;
      default -> word();
    };
  }

  private ObjectNode object(int depth) {
    enter(depth, '{');
    ObjectNode object = NODES.objectNode();
    Slots slots = new Slots();
    pos++;
    prevEnd = pos;
    members(object, slots, depth, false);
    if (depth == 1) {
      rootSlots = slots;
    }
    return object;
  }

  /**
   * Reads an object's members up to its end; {@code member} says that one was just read, so a comma
   * may follow.
   */
  private void members(ObjectNode object, Slots slots, int depth, boolean member) {
    int comma = -1; // a comma after the last member, until the next one
    while (true) {
      skip();
      if (pos == length) {
        end("object");
        break;
      }
      char c = text.charAt(pos);
      if (c == '}') {
        trailing(comma, c);
        pos++;
        prevEnd = pos;
        break;
      }
      if (c == ']' || (c == '{' && open[depth - 1] == '[')) {
        if (c == '{') {
          // The element's object misses its "}" (and the "," after it if it came before).
          fault(comma >= 0 ? comma : prevEnd, "missing } to close the object");
          handedOver = true;
          break;
        }
        if (opened(depth, '[') && next() != '}') {
          fault(pos, "missing } before ]");
          break;
        }
        extra(c);
        continue;
      }
      if (c == ',' || c == ':') {
        separator(c, member);
        if (c == ',' && member) {
          comma = pos - 1;
        }
        member = false;
        continue;
      }
      if (member) {
        fault(prevEnd, "missing comma between members");
      }
      comma = -1;
      member = true;
      if (c == '{' || c == '[') {
        fault(pos, "value without a key");
        value(depth);
        continue;
      }
      int keyStart = pos;
      String key = c == '"' || c == '\'' ? string() : unquotedKey();
      skip();
      if (pos < length && text.charAt(pos) == ':') {
        pos++;
        prevEnd = pos;
        skip();
      } else if (pos < length && startsValue(text.charAt(pos))) {
        fault(prevEnd, "missing colon after key");
      } else {
        if (pos < length) {
          fault(prevEnd, "missing colon and value after key");
        }
        continue;
      }
      if (pos == length) {
        continue;
      }
      int start = pos;
      JsonNode value = value(depth);
      if (value == null) {
        fault(prevEnd, "missing value");
        continue;
      }
      member(object, slots, key, value, keyStart, start, prevEnd);
    }
    close(object, slots);
  }

  private ArrayNode array(int depth) {
    enter(depth, '[');
    ArrayNode array = NODES.arrayNode();
    Slots slots = new Slots();
    pos++;
    prevEnd = pos;
    int comma = -1;
    boolean element = false;
    while (true) {
      skip();
      if (pos == length) {
        end("array");
        break;
      }
      char c = text.charAt(pos);
      if (c == ']') {
        trailing(comma, c);
        pos++;
        prevEnd = pos;
        break;
      }
      if (c == '}') {
        if (opened(depth, '{') && next() != ']') {
          fault(pos, "missing ] before }");
          break;
        }
        extra(c);
        continue;
      }
      if (c == ',' || c == ':') {
        separator(c, element);
        if (c == ',' && element) {
          comma = pos - 1;
        }
        element = false;
        continue;
      }
      if (element && !handedOver) {
        fault(prevEnd, "missing comma between elements");
      }
      handedOver = false;
      comma = -1;
      element = true;
      int start = pos;
      array.add(value(depth)); // not null: c starts a value
      element(slots, start, prevEnd);
    }
    close(array, slots);
    return array;
  }

  /** Reads a comma or a stray colon between members or elements. */
  private void separator(char c, boolean afterValue) {
    if (c == ':') {
      fault(pos, "unexpected :");
    } else if (!afterValue) {
      fault(pos, "extra comma");
    }
    pos++;
    prevEnd = pos;
  }

  private void trailing(int comma, char close) {
    if (comma >= 0) {
      lenient(comma, "trailing comma before " + close);
    }
  }

  private void extra(char c) {
    fault(pos, "extra " + c);
    pos++;
    prevEnd = pos;
  }

  private void end(String what) {
    if (!ended) {
      fault(length, "file ends before the " + what + " is closed");
      ended = true;
    }
  }

  private void enter(int depth, char kind) {
    if (depth > JsonDocument.MAX_DEPTH) {
      faults.add(
          new Fault(
              SyntaxIssue.Kind.LIMIT,
              "nesting deeper than " + JsonDocument.MAX_DEPTH + " levels",
              pos));
      throw new OverLimit();
    }
    open[depth] = kind;
  }

  /**
   * The first character after the one at {@code pos} that is not white space: a closing bracket of
   * the wrong kind followed by one of the right kind is taken for an extra one, not for a missing
   * one of the right kind.
   */
  private char next() {
    int i = pos + 1;
    while (i < length && isJsonSpace(text.charAt(i))) {
      i++;
    }
    return i < length ? text.charAt(i) : 0;
  }

  /** Whether a container of this kind encloses the one at {@code depth}. */
  private boolean opened(int depth, char kind) {
    for (int d = depth - 1; d >= 1; d--) {
      if (open[d] == kind) {
        return true;
      }
    }
    return false;
  }

  /** Reads a string in double or single quotes, reporting what strict JSON forbids in it. */
  private String string() {
    int start = pos;
    char quote = text.charAt(pos++);
    if (quote == '\'') {
      lenient(start, "string in single quotes");
    }
    StringBuilder value = new StringBuilder();
    boolean control = false;
    while (true) {
      if (pos >= length) {
        if (!ended) {
          fault(start, "string is not closed before the end of the file");
          ended = true;
        }
        pos = length;
        break;
      }
      char c = text.charAt(pos);
      if (c == quote) {
        pos++;
        break;
      }
      if (c == '\\') {
        escape(value, quote);
      } else {
        if (c < 0x20 && !control) {
          lenient(pos, String.format("raw control character U+%04X in a string", (int) c));
          control = true;
        }
        value.append(c);
        pos++;
      }
      if (value.length() > JsonDocument.MAX_STRING_CHARS) {
        overLimit(start, "string longer than " + JsonDocument.MAX_STRING_CHARS + " characters");
      }
    }
    prevEnd = pos;
    return value.toString();
  }

  private void escape(StringBuilder value, char quote) {
    int start = pos;
    pos++;
    if (pos >= length) {
      return;
    }
    char c = text.charAt(pos++);
    switch (c) {
      case '"', '\\', '/' -> value.append(c);
      case '\'' -> {
        if (quote != c) {
          lenient(start, "invalid escape \\'");
        }
        value.append(c);
      }
      case 'b' -> value.append('\b');
      case 'f' -> value.append('\f');
      case 'n' -> value.append('\n');
      case 'r' -> value.append('\r');
      case 't' -> value.append('\t');
      case 'u' -> {
        int code = pos + 4 <= length ? hex(text.substring(pos, pos + 4)) : -1;
        if (code < 0) {
          fault(start, "invalid \\u escape");
          value.append('u');
        } else {
          value.append((char) code);
          pos += 4;
        }
      }
      default -> {
        lenient(start, "invalid escape \\" + c);
        value.append(c);
      }
    }
  }

  private static int hex(String digits) {
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), 16) < 0) {
        return -1;
      }
    }
    return Integer.parseInt(digits, 16);
  }

  /**
   * Reads a key written without quotes. Lenient readers take a name (letters, digits, _ and $);
   * anything else there, such as a merge conflict's {@code <<<<<<<}, is a guess.
   */
  private String unquotedKey() {
    int start = pos;
    String key = rawWord();
    if (isName(key)) {
      lenient(start, "key is not in quotes");
    } else {
      fault(start, "key is not in quotes");
    }
    return key;
  }

  private static boolean isName(String word) {
    if (word.isEmpty() || !Character.isJavaIdentifierStart(word.charAt(0))) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      if (!Character.isJavaIdentifierPart(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Reads a literal, a number or, failing both, a string written without quotes. */
  private JsonNode word() {
    int start = pos;
    String word = rawWord();
    if (word.equals("true") || word.equals("false")) {
      return NODES.booleanNode(word.equals("true"));
    }
    if (word.equals("null")) {
      return NODES.nullNode();
    }
    if (word.length() <= MAX_NUMBER_CHARS && NUMBER.matcher(word).matches()) {
      return number(word);
    }
    if (word.length() <= MAX_NUMBER_CHARS && isLenientNumber(word)) {
      lenient(start, "number " + word + " is not written as JSON");
      return NODES.numberNode(new BigDecimal(word));
    }
    fault(start, "string is not in quotes");
    return NODES.textNode(word);
  }

  /** A number node of the type Jackson's strict reader gives the same text. */
  private static JsonNode number(String word) {
    if (word.indexOf('.') >= 0 || word.indexOf('e') >= 0 || word.indexOf('E') >= 0) {
      return NODES.numberNode(new BigDecimal(word));
    }
    BigInteger n = new BigInteger(word);
    if (n.bitLength() < Integer.SIZE) {
      return NODES.numberNode(n.intValue());
    }
    return n.bitLength() < Long.SIZE ? NODES.numberNode(n.longValue()) : NODES.numberNode(n);
  }

  /** Numbers JSON forbids but readers take: a plus sign, leading zeros, a bare decimal point. */
  private static boolean isLenientNumber(String word) {
    char c = word.charAt(0);
    if (!(c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9'))) {
      return false;
    }
    try {
      new BigDecimal(word);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Reads a run of characters up to white space or punctuation: at least one character. */
  private String rawWord() {
    int start = pos;
    do {
      pos++;
    } while (pos < length && !endsWord(text.charAt(pos)));
    if (pos - start > JsonDocument.MAX_STRING_CHARS) {
      overLimit(start, "word longer than " + JsonDocument.MAX_STRING_CHARS + " characters");
    }
    prevEnd = pos;
    return text.substring(start, pos);
  }

  private static boolean endsWord(char c) {
    return switch (c) {
      case '{', '}', '[', ']', ':', ',', '"', '\'' -> true;
      default -> isSpace(c);
    };
  }

  private static boolean startsValue(char c) {
    return switch (c) {
      case ',', ':', '}', ']' -> false;
      default -> !isSpace(c);
    };
  }

  /** White space of any kind, JSON's four characters or others that a strict reader rejects. */
  private static boolean isSpace(char c) {
    return c <= ' ' || Character.isSpaceChar(c) || Character.isWhitespace(c) || c == '\uFEFF';
  }

  /** Skips white space and comments, reporting each comment and each run of non-JSON space. */
  private void skip() {
    while (pos < length) {
      char c = text.charAt(pos);
      if (isJsonSpace(c)) {
        pos++;
      } else if (c == '/' && pos + 1 < length && text.charAt(pos + 1) == '*') {
        int start = pos;
        int close = text.indexOf("*/", pos + 2);
        if (close < 0) {
          pos = length;
          fault(start, "comment is not JSON, and is not closed before the end of the file");
          ended = true;
        } else {
          pos = close + 2;
          lenient(start, "comment is not JSON");
        }
      } else if (isConflictMarker()) {
        int start = pos;
        skipLine();
        fault(start, "merge conflict marker " + text.substring(start, start + 7));
      } else if (c == '#' || (c == '/' && pos + 1 < length && text.charAt(pos + 1) == '/')) {
        int start = pos;
        skipLine();
        lenient(start, "comment is not JSON");
      } else if (isSpace(c)) {
        int start = pos;
        while (pos < length && isSpace(text.charAt(pos)) && !isJsonSpace(text.charAt(pos))) {
          pos++;
        }
        fault(start, quoted(c) + " is not JSON white space");
      } else {
        return;
      }
    }
  }

  /**
   * A line git writes into a file when a merge conflicts ({@code <<<<<<< HEAD}, {@code =======},
   * {@code >>>>>>> sha}): common in pull requests, and read past like a comment, so the file reads
   * as its first side followed by the second.
   */
  private boolean isConflictMarker() {
    if ((pos > 0 && text.charAt(pos - 1) != '\n' && text.charAt(pos - 1) != '\r')
        || pos + 7 > length) {
      return false;
    }
    char c = text.charAt(pos);
    if (c != '<' && c != '=' && c != '>') {
      return false;
    }
    for (int i = 1; i < 7; i++) {
      if (text.charAt(pos + i) != c) {
        return false;
      }
    }
    return pos + 7 == length || isSpace(text.charAt(pos + 7));
  }

  private void skipLine() {
    while (pos < length && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
      pos++;
    }
  }

  private static boolean isJsonSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static String quoted(char c) {
    return c < 0x20 || c > 0x7e ? String.format("U+%04X", (int) c) : "'" + c + "'";
  }

  /** A fault lenient readers accept: what follows is read as the author meant it. */
  private void lenient(int offset, String message) {
    fault(SyntaxIssue.Kind.LENIENT, offset, message);
  }

  /** A fault no JSON reader accepts: what follows is read by a guess. */
  private void fault(int offset, String message) {
    fault(SyntaxIssue.Kind.SYNTAX, offset, message);
  }

  private void fault(SyntaxIssue.Kind kind, int offset, String message) {
    syntaxFaults++;
    if (syntaxFaults <= MAX_FAULTS) {
      faults.add(new Fault(kind, message, offset));
    } else if (syntaxFaults == MAX_FAULTS + 1) {
      faults.add(
          new Fault(
              SyntaxIssue.Kind.SYNTAX,
              "over " + MAX_FAULTS + " syntax errors; those after this place are not listed",
              offset));
    }
  }

  private void overLimit(int offset, String message) {
    faults.add(new Fault(SyntaxIssue.Kind.LIMIT, message, offset));
    throw new OverLimit();
  }
}
