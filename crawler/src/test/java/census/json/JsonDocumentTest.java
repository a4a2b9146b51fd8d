package census.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonDocumentTest {
  private static JsonDocument parse(String text) {
    return JsonDocument.parse("f.json", text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<SyntaxIssue.Kind> kinds(JsonDocument doc) {
    return doc.issues().stream().map(SyntaxIssue::kind).toList();
  }

  @Test
  void strictJsonHasNoIssuesAndLocatesEveryValue() {
    JsonDocument doc = parse("{\n  \"a\": {\n    \"b/c\": [1, \"x\"]\n  }\n}");
    assertTrue(doc.isStrict());
    assertTrue(doc.issues().isEmpty());
    assertEquals(new Location(3, 12), doc.locate("/a/b~1c"));
    assertEquals(new Location(3, 16), doc.locate("/a/b~1c/1"));
    assertEquals(new Location(2, 8), doc.locate("/a/missing"), "absent: the nearest ancestor");
  }

  private static String raw(JsonDocument doc, Optional<Span> span) {
    return span.map(s -> doc.text().substring(s.start(), s.end())).orElse(null);
  }

  @Test
  void spansAreTheRawTokensOfKeysAndValues() {
    for (String text :
        List.of(
            "{\"n\u00e4me\": \"Br\u00f8nn\u00f8y \\\"\u65e5\\\"\", \"n\": -1.5e3,\r\n \"o\": {\"x\": [true, null]}}",
            "{\"name\": \"Bronnoy \\\"q\\\"\", \"n\": -1.5e3,\r\n \"o\": {\"x\": [true, null]}}")) {
      JsonDocument doc = parse(text);
      String key = doc.tree().fieldNames().next();
      assertEquals("\"" + key + "\"", raw(doc, doc.keySpan("/" + key)), text);
      assertEquals(
          JsonDocument.parse("v", raw(doc, doc.span("/" + key)).getBytes(StandardCharsets.UTF_8))
              .tree(),
          doc.tree().path(key));
      assertTrue(raw(doc, doc.span("/" + key)).startsWith("\"Br"));
      assertEquals("-1.5e3", raw(doc, doc.span("/n")));
      assertEquals("{\"x\": [true, null]}", raw(doc, doc.span("/o")));
      assertEquals("null", raw(doc, doc.span("/o/x/1")));
      assertEquals("\"x\"", raw(doc, doc.keySpan("/o/x")));
      assertEquals(text, raw(doc, doc.span("")));
      assertEquals(Optional.empty(), doc.span("/o/y"));
      assertEquals(Optional.empty(), doc.keySpan("/o/x/0"), "an element has no key");
      assertEquals(new Location(2, 7), doc.locate("/o"), "CRLF ends one line");
      assertEquals(new Location(2, 7), doc.locate("/o/y"));
    }
  }

  @Test
  void offsetsTurnIntoLinesAtLfCrlfAndLoneCr() {
    JsonDocument doc = parse("[1,\r\n2,\r3,\n4]");
    assertEquals(new Location(1, 1), doc.location(0));
    assertEquals(new Location(2, 1), doc.location(5));
    assertEquals(new Location(3, 1), doc.location(8));
    assertEquals(new Location(4, 2), doc.location(12));
    assertEquals(new Location(4, 1), doc.locate("/3"));
  }

  @Test
  void trailingCommasAndCommentsAreRecoveredLenientlyWithTheirPlace() {
    JsonDocument doc = parse("{\n  // note\n  \"title\": \"X\",\n}");
    assertFalse(doc.isStrict());
    assertEquals("X", doc.tree().path("title").asText());
    SyntaxIssue issue = doc.issues().get(0);
    assertEquals(SyntaxIssue.Kind.LENIENT, issue.kind());
    assertEquals(2, issue.line(), "the comment is the first thing a strict reader rejects");
    assertFalse(doc.isRecovered(), "lenient readers read it as written");
  }

  @Test
  void aFaultNoReaderAcceptsMakesTheTreeRecovered() {
    JsonDocument doc = parse("{\n  \"title\": \"X\"\n  \"version\": \"1.0\"\n}");
    assertEquals(
        List.of(SyntaxIssue.Kind.SYNTAX), doc.issues().stream().map(SyntaxIssue::kind).toList());
    assertTrue(doc.isRecovered());
    assertFalse(doc.isStrict());
    assertEquals("1.0", doc.tree().path("version").asText());
  }

  @Test
  void rawControlCharactersInStringsAreRecovered() {
    JsonDocument doc = parse("{\"d\": \"tab\there\"}");
    assertFalse(doc.isStrict());
    assertEquals("tab\there", doc.tree().path("d").asText());
  }

  @Test
  void byteOrderMarkIsReportedAndSkipped() {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '{', '}'};
    JsonDocument doc = JsonDocument.parse("f.json", bom);
    assertEquals(List.of(SyntaxIssue.Kind.BYTE_ORDER_MARK), kinds(doc));
    assertTrue(doc.tree().isObject());
  }

  @Test
  void latin1BytesAreReportedWithTheirLineAndDecoded() {
    byte[] latin1 = "{\n\"t\": \"Br\u00f8nn\u00f8y\"}".getBytes(StandardCharsets.ISO_8859_1);
    JsonDocument doc = JsonDocument.parse("f.json", latin1);
    SyntaxIssue issue = doc.issues().get(0);
    assertEquals(SyntaxIssue.Kind.NOT_UTF8, issue.kind());
    assertEquals(2, issue.line());
    assertEquals(9, issue.column(), "the ø after \"Br\"");
    assertEquals("Br\u00f8nn\u00f8y", doc.tree().path("t").asText());
  }

  @Test
  void duplicateKeysAreReported() {
    JsonDocument doc = parse("{\"a\": 1, \"a\": 2}");
    assertEquals(List.of(SyntaxIssue.Kind.DUPLICATE_KEY), kinds(doc));
    assertTrue(doc.isStrict(), "RFC 8259 allows duplicate names");
    assertEquals(2, doc.tree().path("a").asInt());
  }

  @Test
  void deepNestingEndsAsALimitNotAStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    JsonDocument doc = parse(deep);
    assertTrue(doc.root().isEmpty());
    assertTrue(kinds(doc).contains(SyntaxIssue.Kind.LIMIT), kinds(doc).toString());
  }

  @Test
  void hugeStringsEndAsALimit() {
    String huge = "{\"s\": \"" + "x".repeat(JsonDocument.MAX_STRING_CHARS + 1) + "\"}";
    JsonDocument doc = parse(huge);
    assertTrue(doc.root().isEmpty());
    assertTrue(kinds(doc).contains(SyntaxIssue.Kind.LIMIT));
  }

  @Test
  void anEmptyFileHoldsNoValue() {
    JsonDocument doc = parse(" \n");
    assertTrue(doc.root().isEmpty());
    assertEquals(List.of(SyntaxIssue.Kind.UNREADABLE), kinds(doc));
    assertFalse(doc.isStrict());
  }

  @Test
  void filesOverTheSizeLimitAreNotRead() {
    JsonDocument doc = JsonDocument.parse("f.json", new byte[JsonDocument.MAX_BYTES + 1]);
    assertTrue(doc.root().isEmpty());
    assertEquals(List.of(SyntaxIssue.Kind.LIMIT), kinds(doc));
  }

  @Test
  void theRecoveringReaderStopsAtTheDepthLimitWithoutOverflowing() {
    // The comment fails the strict reader at once, so the nesting is the recovering reader's.
    String deep = "// c\n" + "[".repeat(100_000) + "]".repeat(100_000);
    JsonDocument doc = parse(deep);
    assertTrue(doc.root().isEmpty());
    assertTrue(kinds(doc).contains(SyntaxIssue.Kind.LIMIT), kinds(doc).toString());
    String justDeepEnough = "// c\n" + "[".repeat(500) + "]".repeat(500);
    assertTrue(parse(justDeepEnough).root().isPresent());
  }

  @Test
  void theRecoveringReaderStopsAtTheStringLimit() {
    String huge = "{'s': '" + "x".repeat(JsonDocument.MAX_STRING_CHARS + 1) + "'}";
    JsonDocument doc = parse(huge);
    assertTrue(doc.root().isEmpty());
    assertTrue(kinds(doc).contains(SyntaxIssue.Kind.LIMIT), kinds(doc).toString());
  }
}
