package census.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
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

  @Test
  void trailingCommasAndCommentsAreRecoveredLenientlyWithTheirPlace() {
    JsonDocument doc = parse("{\n  // note\n  \"title\": \"X\",\n}");
    assertFalse(doc.isStrict());
    assertEquals("X", doc.tree().path("title").asText());
    SyntaxIssue issue = doc.issues().get(0);
    assertEquals(SyntaxIssue.Kind.SYNTAX, issue.kind());
    assertEquals(2, issue.line(), "the comment is the first thing a strict reader rejects");
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
  void garbageIsUnreadableWithAPlace() {
    JsonDocument doc = parse("{\"a\": [1, 2}");
    assertTrue(doc.root().isEmpty());
    assertEquals(List.of(SyntaxIssue.Kind.SYNTAX, SyntaxIssue.Kind.UNREADABLE), kinds(doc));
    assertEquals(1, doc.issues().get(1).line());
  }
}
