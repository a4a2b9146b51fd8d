package census.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON file from a connector folder, read as a strict parser would and, where that fails, as
 * leniently as the Power Platform tools are, keeping the line and column of every value.
 *
 * <p>Connector files come from strangers' pull requests, so reading is bounded: size, nesting depth
 * and string length over the limits end as a {@link SyntaxIssue.Kind#LIMIT} issue, never as an
 * exception or a runaway allocation.
 */
public final class JsonDocument {
  /** Larger files are not parsed at all; certification allows 1 MB definitions. */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  static final int MAX_DEPTH = 500;
  static final int MAX_STRING_CHARS = 2_000_000;

  private static final JsonFactory STRICT = factory(false);
  private static final JsonFactory LENIENT = factory(true);
  private static final Charset FALLBACK = Charset.forName("windows-1252");

  private final String file;
  private final JsonNode root;
  private final Positions positions;
  private final List<SyntaxIssue> issues;
  private final String text;
  private volatile char[] chars;

  private JsonDocument(
      String file, JsonNode root, Positions positions, List<SyntaxIssue> issues, String text) {
    this.file = file;
    this.root = root;
    this.positions = positions;
    this.issues = List.copyOf(issues);
    this.text = text;
  }

  /** Reads {@code bytes} as the file named {@code file} (the name only labels findings). */
  public static JsonDocument parse(String file, byte[] bytes) {
    List<SyntaxIssue> issues = new ArrayList<>();
    if (bytes.length > MAX_BYTES) {
      issues.add(
          new SyntaxIssue(
              SyntaxIssue.Kind.LIMIT,
              "file is " + bytes.length + " bytes, over the " + MAX_BYTES + " bytes Census reads",
              0,
              0));
      return new JsonDocument(file, null, Positions.NONE, issues, "");
    }
    boolean ascii = isAscii(bytes);
    String text = ascii ? new String(bytes, StandardCharsets.ISO_8859_1) : decode(bytes, issues);
    Builder strict = new Builder();
    // Jackson reads bytes faster than a string; in ASCII a byte's column is a character's.
    JsonNode root = ascii ? strict.read(STRICT, bytes) : strict.read(STRICT, text);
    if (ascii && strict.failure != null) {
      strict = new Builder(); // the string reader words its errors better, and failures are rare
      root = strict.read(STRICT, text);
    }
    if (strict.failure == null) {
      issues.addAll(strict.warnings);
      return new JsonDocument(file, root, strict.positions(), issues, text);
    }
    issues.add(strict.failure);
    if (strict.failure.kind() == SyntaxIssue.Kind.LIMIT) {
      return new JsonDocument(file, null, Positions.NONE, issues, text);
    }
    Builder lenient = new Builder();
    root = lenient.read(LENIENT, text);
    if (lenient.failure != null) {
      SyntaxIssue f = lenient.failure;
      SyntaxIssue.Kind kind =
          f.kind() == SyntaxIssue.Kind.LIMIT ? f.kind() : SyntaxIssue.Kind.UNREADABLE;
      issues.add(new SyntaxIssue(kind, f.message(), f.line(), f.column()));
      return new JsonDocument(file, null, Positions.NONE, issues, text);
    }
    issues.addAll(lenient.warnings);
    return new JsonDocument(file, root, lenient.positions(), issues, text);
  }

  public String file() {
    return file;
  }

  /** The document's root, if it could be read strictly or leniently. */
  public Optional<JsonNode> root() {
    return Optional.ofNullable(root);
  }

  /** The root, or a missing node that answers every path with "missing". */
  public JsonNode tree() {
    return root == null ? MissingNode.getInstance() : root;
  }

  /** The decoded text, for rules about layout (indentation, trailing white space). */
  public String text() {
    return text;
  }

  /**
   * The text as one character array, made once for the several rules that scan it character by
   * character (a plain array scans faster than {@code charAt}); callers must not change it.
   */
  public char[] chars() {
    char[] made = chars;
    if (made == null) {
      made = text.toCharArray();
      chars = made;
    }
    return made;
  }

  public List<SyntaxIssue> issues() {
    return issues;
  }

  /** True when a strict RFC 8259 reader accepts the file as it is. */
  public boolean isStrict() {
    return issues.stream()
        .noneMatch(
            i ->
                i.kind() == SyntaxIssue.Kind.SYNTAX
                    || i.kind() == SyntaxIssue.Kind.UNREADABLE
                    || i.kind() == SyntaxIssue.Kind.LIMIT);
  }

  /**
   * Where the value at a JSON pointer starts; for a pointer to something absent, where its nearest
   * present ancestor starts (so "missing property" findings point at the object that lacks it).
   */
  public Location locate(String pointer) {
    JsonNode node = root;
    long at = positions.root();
    if (node != null && !pointer.isEmpty()) {
      for (String raw : pointer.substring(1).split("/", -1)) {
        int index = childIndex(node, unescape(raw));
        long[] children = positions.children().get(node);
        if (index < 0 || children == null) {
          break;
        }
        at = children[index];
        node = childAt(node, index);
      }
    }
    return new Location((int) (at >>> 32), (int) at);
  }

  private static int childIndex(JsonNode node, String token) {
    if (node.isArray()) {
      try {
        int i = Integer.parseInt(token);
        return i >= 0 && i < node.size() ? i : -1;
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    int i = 0;
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); i++) {
      if (names.next().equals(token)) {
        return i;
      }
    }
    return -1;
  }

  private static JsonNode childAt(JsonNode node, int index) {
    Iterator<JsonNode> values = node.elements();
    for (int i = 0; i < index; i++) {
      values.next();
    }
    return values.next();
  }

  /**
   * Where each value starts, kept per container as packed line/column pairs in child order: no
   * pointer string is built unless a finding asks for a place.
   */
  private record Positions(long root, Map<JsonNode, long[]> children) {
    static final Positions NONE = new Positions(pack(1, 1), Map.of());
  }

  private static long pack(int line, int column) {
    return ((long) line << 32) | (column & 0xffffffffL);
  }

  /**
   * Reads one reference token of a JSON pointer back (RFC 6901): the inverse of {@link #escape}.
   */
  public static String unescape(String token) {
    return token.indexOf('~') < 0 ? token : token.replace("~1", "/").replace("~0", "~");
  }

  /** Escapes one reference token for a JSON pointer (RFC 6901). */
  public static String escape(String token) {
    // Called for every property of every schema walked; most names need no escaping.
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '~' || c == '/') {
        return token.replace("~", "~0").replace("/", "~1");
      }
    }
    return token;
  }

  private static JsonFactory factory(boolean lenient) {
    StreamReadConstraints limits =
        StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(MAX_STRING_CHARS)
            .maxDocumentLength(MAX_BYTES)
            .build();
    var builder = JsonFactory.builder().streamReadConstraints(limits);
    if (lenient) {
      builder
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_MISSING_VALUES)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_YAML_COMMENTS)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
          .enable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS);
    }
    return builder.build();
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /** UTF-8 as the platform requires; a BOM is dropped and other bytes fall back to Windows-1252. */
  private static String decode(byte[] bytes, List<SyntaxIssue> issues) {
    int start = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      issues.add(
          new SyntaxIssue(
              SyntaxIssue.Kind.BYTE_ORDER_MARK, "file starts with a UTF-8 byte-order mark", 1, 1));
      start = 3;
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = utf8.decode(in, out, true);
    if (!result.isError()) {
      utf8.flush(out);
      return out.flip().toString();
    }
    int bad = in.position();
    int line = 1;
    int lineStart = start;
    for (int i = start; i < bad; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String lineText = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
    issues.add(
        new SyntaxIssue(
            SyntaxIssue.Kind.NOT_UTF8,
            String.format(
                "byte 0x%02x is not UTF-8; the file was read as Windows-1252", bytes[bad] & 0xff),
            line,
            lineText.length() + 1));
    try {
      return FALLBACK
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("REPLACE decoding cannot fail", e);
    }
  }

  /** Builds a tree from a token stream, recording where each value starts. */
  private static final class Builder {
    @SuppressWarnings(
        "IdentityHashMapUsage") // by node identity: equal subtrees sit at different places
    final Map<JsonNode, long[]> children = new IdentityHashMap<>();

    final List<SyntaxIssue> warnings = new ArrayList<>();
    long rootAt = pack(1, 1);
    SyntaxIssue failure;

    Positions positions() {
      return new Positions(rootAt, children);
    }

    JsonNode read(JsonFactory factory, String text) {
      return read(() -> factory.createParser(text));
    }

    JsonNode read(JsonFactory factory, byte[] bytes) {
      return read(() -> factory.createParser(bytes));
    }

    private interface ParserSource {
      JsonParser open() throws IOException;
    }

    private JsonNode read(ParserSource source) {
      try (JsonParser parser = source.open()) {
        if (parser.nextToken() == null) {
          failure = new SyntaxIssue(SyntaxIssue.Kind.SYNTAX, "file is empty", 1, 1);
          return null;
        }
        rootAt = at(parser);
        JsonNode root = value(parser);
        if (parser.nextToken() != null) {
          Location after = location(parser.currentTokenLocation());
          failure =
              new SyntaxIssue(
                  SyntaxIssue.Kind.SYNTAX,
                  "content after the end of the JSON document",
                  after.line(),
                  after.column());
        }
        return root;
      } catch (StreamConstraintsException e) {
        Location at = location(e.getLocation());
        failure =
            new SyntaxIssue(SyntaxIssue.Kind.LIMIT, e.getOriginalMessage(), at.line(), at.column());
      } catch (JsonProcessingException e) {
        Location at = location(e.getLocation());
        failure =
            new SyntaxIssue(
                SyntaxIssue.Kind.SYNTAX, e.getOriginalMessage(), at.line(), at.column());
      } catch (IOException | RuntimeException e) {
        // Jackson reports odd input through several unchecked types; any of them means unreadable.
        failure =
            new SyntaxIssue(SyntaxIssue.Kind.UNREADABLE, String.valueOf(e.getMessage()), 0, 0);
      }
      return null;
    }

    private JsonNode value(JsonParser p) throws IOException {
      JsonNodeFactory nodes = JsonNodeFactory.instance;
      switch (p.currentToken()) {
        case START_OBJECT -> {
          ObjectNode object = nodes.objectNode();
          long[] at = new long[8];
          int n = 0;
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            long keyAt = at(p);
            p.nextToken();
            long valueAt = at(p);
            JsonNode child = value(p);
            if (object.replace(name, child) != null) {
              warnings.add(
                  new SyntaxIssue(
                      SyntaxIssue.Kind.DUPLICATE_KEY,
                      "duplicate key \"" + name + "\"; the last value wins",
                      (int) (keyAt >>> 32),
                      (int) keyAt));
              at[childIndex(object, name)] = valueAt;
            } else {
              if (n == at.length) {
                at = Arrays.copyOf(at, n * 2);
              }
              at[n++] = valueAt;
            }
          }
          children.put(object, Arrays.copyOf(at, n));
          return object;
        }
        case START_ARRAY -> {
          ArrayNode array = nodes.arrayNode();
          long[] at = new long[8];
          int n = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            if (n == at.length) {
              at = Arrays.copyOf(at, n * 2);
            }
            at[n++] = at(p);
            array.add(value(p));
          }
          children.put(array, Arrays.copyOf(at, n));
          return array;
        }
        case VALUE_STRING -> {
          return nodes.textNode(p.getText());
        }
        case VALUE_NUMBER_INT -> {
          return switch (p.getNumberType()) {
            case INT -> nodes.numberNode(p.getIntValue());
            case LONG -> nodes.numberNode(p.getLongValue());
            default -> nodes.numberNode(p.getBigIntegerValue());
          };
        }
        case VALUE_NUMBER_FLOAT -> {
          return p.isNaN()
              ? nodes.numberNode(p.getDoubleValue())
              : nodes.numberNode(p.getDecimalValue());
        }
        case VALUE_TRUE -> {
          return nodes.booleanNode(true);
        }
        case VALUE_FALSE -> {
          return nodes.booleanNode(false);
        }
        case VALUE_NULL -> {
          return nodes.nullNode();
        }
        default ->
            throw new JsonProcessingException(
                "unexpected token " + p.currentToken(), p.currentTokenLocation()) {};
      }
    }

    private static long at(JsonParser p) {
      JsonLocation where = p.currentTokenLocation();
      return pack(where.getLineNr(), where.getColumnNr());
    }

    private static Location location(JsonLocation at) {
      return at == null ? new Location(0, 0) : new Location(at.getLineNr(), at.getColumnNr());
    }
  }
}
