package census.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON file from a connector folder, read as a strict parser would and, where that fails, by a
 * recovering parser that reads around each fault and reports it at its place. Every key and value
 * keeps its span in {@link #text()}.
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

  private static final JsonFactory STRICT = strictFactory();
  private static final Charset FALLBACK = Charset.forName("windows-1252");

  private final String file;
  private final JsonNode root;
  private final Positions positions;
  private final List<SyntaxIssue> issues;
  private final String text;
  private volatile char[] chars;
  private volatile Lines lines;

  /** A document of what a parser read: its faults join the decoding issues, in file order. */
  private JsonDocument(
      String file, JsonNode root, Tree tree, List<SyntaxIssue> decoding, String text) {
    this.file = file;
    this.root = root;
    this.positions = root == null ? Positions.NONE : tree.positions();
    this.text = text;
    List<SyntaxIssue> all = new ArrayList<>(decoding);
    if (!tree.faults.isEmpty()) {
      tree.faults.sort(Comparator.comparingInt(Fault::offset));
      for (Fault f : tree.faults) {
        Location at = f.offset() < 0 ? new Location(0, 0) : lines().at(f.offset());
        all.add(
            new SyntaxIssue(
                f.kind(), f.message(), at.line(), at.column(), Math.max(0, f.offset())));
      }
    }
    this.issues = List.copyOf(all);
  }

  /** Reads {@code bytes} as the file named {@code file} (the name only labels findings). */
  public static JsonDocument parse(String file, byte[] bytes) {
    List<SyntaxIssue> issues = new ArrayList<>();
    if (bytes.length > MAX_BYTES) {
      Tree none = new Tree();
      none.faults.add(
          new Fault(
              SyntaxIssue.Kind.LIMIT,
              "file is " + bytes.length + " bytes, over the " + MAX_BYTES + " bytes Census reads",
              -1));
      return new JsonDocument(file, null, none, issues, "");
    }
    boolean ascii = isAscii(bytes);
    String text = ascii ? new String(bytes, StandardCharsets.ISO_8859_1) : decode(bytes, issues);
    Strict strict = new Strict();
    // Jackson reads bytes faster than a string; in ASCII a byte's offset is a character's.
    JsonNode root = ascii ? strict.read(STRICT, bytes) : strict.read(STRICT, text);
    Tree tree = strict;
    if (strict.failure != null && strict.failure.kind() == SyntaxIssue.Kind.LIMIT) {
      tree = new Tree();
      tree.faults.add(strict.failure);
    } else if (strict.failure != null) {
      Recovery recovery = new Recovery(text);
      root = recovery.read();
      if (recovery.faults.stream().allMatch(f -> f.kind() == SyntaxIssue.Kind.DUPLICATE_KEY)) {
        // The recovering reader accepted what the strict one rejects: keep the strict one's word,
        // as a fault that changes nothing of what was read.
        Fault f = strict.failure;
        recovery.faults.add(new Fault(SyntaxIssue.Kind.LENIENT, f.message(), f.offset()));
      }
      tree = recovery;
    }
    return new JsonDocument(file, root, tree, issues, text);
  }

  public String file() {
    return file;
  }

  /** The document's root, if the file holds a JSON value (read around its faults if need be). */
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

  /**
   * {@code newText} (this file's text after edits) as bytes: in the file's own encoding, its
   * byte-order mark kept, or in UTF-8 without one when {@code utf8}. Empty when the file's encoding
   * (Windows-1252) cannot hold the new text.
   */
  public Optional<byte[]> encode(String newText, boolean utf8) {
    if (utf8 || !has(SyntaxIssue.Kind.NOT_UTF8)) {
      byte[] body = newText.getBytes(StandardCharsets.UTF_8);
      if (utf8 || !has(SyntaxIssue.Kind.BYTE_ORDER_MARK)) {
        return Optional.of(body);
      }
      byte[] withMark = new byte[body.length + 3];
      withMark[0] = (byte) 0xef;
      withMark[1] = (byte) 0xbb;
      withMark[2] = (byte) 0xbf;
      System.arraycopy(body, 0, withMark, 3, body.length);
      return Optional.of(withMark);
    }
    CharsetEncoder encoder =
        FALLBACK
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      ByteBuffer out = encoder.encode(CharBuffer.wrap(newText));
      byte[] bytes = new byte[out.remaining()];
      out.get(bytes);
      return Optional.of(bytes);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private boolean has(SyntaxIssue.Kind kind) {
    return issues.stream().anyMatch(i -> i.kind() == kind);
  }

  /** True when a strict RFC 8259 reader accepts the file as it is. */
  public boolean isStrict() {
    return issues.stream()
        .noneMatch(
            i ->
                i.kind() == SyntaxIssue.Kind.LENIENT
                    || i.kind() == SyntaxIssue.Kind.SYNTAX
                    || i.kind() == SyntaxIssue.Kind.UNREADABLE
                    || i.kind() == SyntaxIssue.Kind.LIMIT);
  }

  /**
   * True when the file has a fault no JSON reader accepts and what was read of it around the fault
   * is the recovering reader's guess.
   */
  public boolean isRecovered() {
    return root != null && issues.stream().anyMatch(i -> i.kind() == SyntaxIssue.Kind.SYNTAX);
  }

  /**
   * Where the value at a JSON pointer starts; for a pointer to something absent, where its nearest
   * present ancestor starts (so "missing property" findings point at the object that lacks it).
   */
  public Location locate(String pointer) {
    Reached reached = follow(pointer);
    return location(
        reached.index < 0 ? positions.rootStart() : reached.slots[3 * reached.index + 1]);
  }

  /** Where the value at a JSON pointer lies in {@link #text()}, if it is there. */
  public Optional<Span> span(String pointer) {
    Reached reached = follow(pointer);
    if (!reached.complete || root == null) {
      return Optional.empty();
    }
    if (reached.index < 0) {
      return Optional.of(span(positions.rootStart(), positions.rootEnd()));
    }
    int i = 3 * reached.index;
    return Optional.of(span(reached.slots[i + 1], reached.slots[i + 2]));
  }

  /**
   * Where the key of the object member at a JSON pointer lies in {@link #text()}, quotes included;
   * empty for an array element, the root, or a member that is not there.
   */
  public Optional<Span> keySpan(String pointer) {
    Reached reached = follow(pointer);
    if (!reached.complete || reached.index < 0 || reached.slots[3 * reached.index] < 0) {
      return Optional.empty();
    }
    return Optional.of(span(reached.slots[3 * reached.index], -1));
  }

  /** A span whose end, when not recorded (-1), is that of the string or word at its start. */
  private Span span(int start, int end) {
    return new Span(start, end >= 0 ? end : Recovery.tokenEnd(text, start));
  }

  /** The line and column of a character offset in {@link #text()}. */
  public Location location(int offset) {
    return lines().at(offset);
  }

  private Lines lines() {
    Lines made = lines;
    if (made == null) {
      made = Lines.of(chars());
      lines = made;
    }
    return made;
  }

  /**
   * How far a pointer leads: the positions of the container of the last value reached and that
   * value's index in them (-1 for the root), and whether the whole pointer was found.
   */
  private record Reached(int[] slots, int index, boolean complete) {}

  private Reached follow(String pointer) {
    JsonNode node = root;
    int[] slots = null;
    int index = -1;
    if (node == null || pointer.isEmpty()) {
      return new Reached(slots, index, pointer.isEmpty());
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      int i = childIndex(node, unescape(raw));
      int[] children = positions.children().get(node);
      if (i < 0 || children == null) {
        return new Reached(slots, index, false);
      }
      slots = children;
      index = i;
      node = childAt(node, i);
    }
    return new Reached(slots, index, true);
  }

  static int childIndex(JsonNode node, String token) {
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
   * Where each key and value lies, kept per container as offsets in child order (see {@link
   * Tree.Slots}): no object per node, and no pointer string is built unless a finding asks.
   */
  record Positions(int rootStart, int rootEnd, Map<JsonNode, int[]> children) {
    static final Positions NONE = new Positions(0, 0, Map.of());
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

  private static JsonFactory strictFactory() {
    StreamReadConstraints limits =
        StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(MAX_STRING_CHARS)
            .maxDocumentLength(MAX_BYTES)
            .build();
    return JsonFactory.builder().streamReadConstraints(limits).build();
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
              SyntaxIssue.Kind.BYTE_ORDER_MARK,
              "file starts with a UTF-8 byte-order mark",
              1,
              1,
              0));
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
            lineText.length() + 1,
            // Windows-1252 makes one character of each byte
            bad - start));
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

  /**
   * Builds a tree from Jackson's strict token stream, recording where each key and value lies; the
   * first fault ends the reading as {@code failure}.
   */
  private static final class Strict extends Tree {
    Fault failure;

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
          failure = new Fault(SyntaxIssue.Kind.SYNTAX, "file is empty", 0);
          return null;
        }
        rootStart = start(parser);
        JsonNode root = value(parser);
        rootEnd = end(parser, rootStart);
        if (parser.nextToken() != null) {
          failure =
              new Fault(
                  SyntaxIssue.Kind.SYNTAX,
                  "content after the end of the JSON document",
                  start(parser));
        }
        return root;
      } catch (StreamConstraintsException e) {
        failure =
            new Fault(SyntaxIssue.Kind.LIMIT, e.getOriginalMessage(), offset(e.getLocation()));
      } catch (JsonProcessingException e) {
        failure =
            new Fault(SyntaxIssue.Kind.SYNTAX, e.getOriginalMessage(), offset(e.getLocation()));
      } catch (IOException | RuntimeException e) {
        // Jackson reports odd input through several unchecked types; any of them means unreadable.
        failure = new Fault(SyntaxIssue.Kind.SYNTAX, String.valueOf(e.getMessage()), -1);
      }
      return null;
    }

    private JsonNode value(JsonParser p) throws IOException {
      JsonNodeFactory nodes = JsonNodeFactory.instance;
      switch (p.currentToken()) {
        case START_OBJECT -> {
          ObjectNode object = nodes.objectNode();
          Slots slots = new Slots();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int keyStart = start(p);
            p.nextToken();
            int start = start(p);
            JsonNode child = value(p);
            member(object, slots, name, child, keyStart, start, end(p, start));
          }
          close(object, slots);
          return object;
        }
        case START_ARRAY -> {
          ArrayNode array = nodes.arrayNode();
          Slots slots = new Slots();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            int start = start(p);
            array.add(value(p));
            element(slots, start, end(p, start));
          }
          close(array, slots);
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
          return nodes.numberNode(p.getDecimalValue());
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

    /** Where the current token starts. */
    private static int start(JsonParser p) {
      // ParserBase keeps a value token's start as a number, one past it as currentTokenLocation()
      // reports it; that call would allocate a location per token (a quarter of a gigabyte over
      // the repository). A key's start is kept elsewhere, so keys still ask for the location.
      // Jackson's JSON parsers are all ParserBases, counting characters (a string) or bytes
      // (ASCII, the same).
      if (p instanceof ParserBase base && p.currentToken() != JsonToken.FIELD_NAME) {
        return (int) base.getTokenCharacterOffset() - 1;
      }
      return offset(p.currentTokenLocation());
    }

    /**
     * Where the value that starts at {@code start} ends. A string's end is left to {@link #span}
     * (-1) for speed: its escapes make its raw length unknown without asking Jackson for one more
     * location, and a strict string ends at its first unescaped quote anyway.
     */
    private static int end(JsonParser p, int start) throws IOException {
      return switch (p.currentToken()) {
        case VALUE_STRING -> -1;
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> start + p.getTextLength();
        case VALUE_TRUE, VALUE_NULL -> start + 4;
        case VALUE_FALSE -> start + 5;
        default -> offset(p.currentLocation()); // after the container's closing bracket
      };
    }

    /** A location's character offset; a byte parser counts bytes, which in ASCII are the same. */
    private static int offset(JsonLocation at) {
      if (at == null) {
        return -1;
      }
      long chars = at.getCharOffset();
      return (int) (chars >= 0 ? chars : at.getByteOffset());
    }
  }
}
