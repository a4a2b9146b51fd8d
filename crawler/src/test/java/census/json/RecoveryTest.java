package census.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The recovering reader: each fault once at its place, and the values around it kept. */
class RecoveryTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonDocument parse(String text) {
    return JsonDocument.parse("f.json", text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Parses {@code text}, expects exactly one syntax issue (one lenient readers accept or not), and
   * returns the tree read.
   */
  private static JsonNode oneFault(String text, String message, int line, int column) {
    JsonDocument doc = parse(text);
    List<SyntaxIssue> syntax =
        doc.issues().stream()
            .filter(
                i -> i.kind() == SyntaxIssue.Kind.SYNTAX || i.kind() == SyntaxIssue.Kind.LENIENT)
            .toList();
    assertEquals(1, syntax.size(), syntax.toString());
    SyntaxIssue issue = syntax.get(0);
    assertEquals(message, issue.message());
    assertEquals(new Location(line, column), new Location(issue.line(), issue.column()));
    assertEquals(new Location(line, column), doc.location(issue.offset()));
    assertFalse(doc.isStrict());
    return doc.tree();
  }

  private static JsonNode json(String strict) {
    try {
      return JSON.readTree(strict);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(strict, e);
    }
  }

  @Test
  void missingCommaBetweenMembersIsPlacedWhereTheCommaGoes() {
    JsonNode tree = oneFault("{\n  \"a\": 1\n  \"b\": 2\n}", "missing comma between members", 2, 9);
    assertEquals(json("{\"a\": 1, \"b\": 2}"), tree);
  }

  @Test
  void missingCommaBetweenElements() {
    assertEquals(json("[1, 2]"), oneFault("[1\n 2]", "missing comma between elements", 1, 3));
  }

  @Test
  void trailingCommasArePlacedAtTheComma() {
    assertEquals(json("{\"a\": 1}"), oneFault("{\"a\": 1,\n}", "trailing comma before }", 1, 8));
    assertEquals(json("[1, 2]"), oneFault("[1, 2,]", "trailing comma before ]", 1, 6));
  }

  @Test
  void commentsOfEachKind() {
    assertEquals(
        json("{\"a\": 1}"), oneFault("{\n// note\n\"a\": 1}", "comment is not JSON", 2, 1));
    assertEquals(json("{\"a\": 1}"), oneFault("{\"a\": /* x */ 1}", "comment is not JSON", 1, 7));
    assertEquals(json("{\"a\": 1}"), oneFault("{\"a\": 1 # x\n}", "comment is not JSON", 1, 9));
  }

  @Test
  void unquotedKeysAndStrings() {
    assertEquals(json("{\"a\": 1}"), oneFault("{a: 1}", "key is not in quotes", 1, 2));
    assertEquals(
        List.of(SyntaxIssue.Kind.LENIENT),
        parse("{a: 1}").issues().stream().map(SyntaxIssue::kind).toList(),
        "lenient readers take a name without quotes");
    assertEquals(
        List.of(SyntaxIssue.Kind.SYNTAX),
        parse("{<<<<<<<: 1}").issues().stream().map(SyntaxIssue::kind).toList(),
        "but not a merge conflict's marker");
    assertEquals(
        json("{\"type\": \"string\"}"),
        oneFault("{\"type\": string}", "string is not in quotes", 1, 10));
  }

  @Test
  void aMergeConflictReadsAsItsFirstSide() {
    JsonDocument doc =
        parse(
            "<<<<<<< HEAD\n{\"title\": \"Ours\"}\n=======\n{\"title\": \"Theirs\"}\n"
                + ">>>>>>> 1a2b3c4\n");
    assertEquals(json("{\"title\": \"Ours\"}"), doc.tree());
    SyntaxIssue first = doc.issues().get(0);
    assertEquals("merge conflict marker <<<<<<<", first.message());
    assertEquals(SyntaxIssue.Kind.SYNTAX, first.kind());
    assertEquals(new Location(1, 1), new Location(first.line(), first.column()));
    assertTrue(doc.isRecovered());
  }

  @Test
  void singleQuotedStrings() {
    assertEquals(
        json("{\"a\": \"it's\"}"), oneFault("{\"a\": 'it\\'s'}", "string in single quotes", 1, 7));
  }

  @Test
  void rawControlCharactersAreOneFaultPerString() {
    assertEquals(
        json("{\"a\": \"x\\ty\\tz\"}"),
        oneFault("{\"a\": \"x\ty\tz\"}", "raw control character U+0009 in a string", 1, 9));
  }

  @Test
  void aMissingValueDropsTheMemberAndKeepsTheNext() {
    assertEquals(json("{\"b\": 2}"), oneFault("{\"a\": , \"b\": 2}", "missing value", 1, 6));
  }

  @Test
  void aMissingColon() {
    assertEquals(json("{\"a\": 1}"), oneFault("{\"a\" 1}", "missing colon after key", 1, 5));
  }

  @Test
  void extraClosingBracketsAndContentAfterTheRoot() {
    assertEquals(
        json("{\"a\": 1}"),
        oneFault("{\"a\": 1}}", "extra } after the end of the JSON document", 1, 9));
    assertEquals(
        json("{\"a\": 1}"),
        oneFault("{\"a\": 1} x", "content after the end of the JSON document", 1, 10));
    assertEquals(
        json("{\"a\": [1], \"b\": 2}"), oneFault("{\"a\": [1]], \"b\": 2}", "extra ]", 1, 10));
  }

  @Test
  void anArrayClosedByABraceMissesItsBracket() {
    assertEquals(
        json("{\"o\": {\"k\": [\"a\"]}, \"t\": 1}"),
        oneFault("{\"o\": {\"k\": [\"a\"\n}, \"t\": 1}", "missing ] before }", 2, 1));
    assertEquals(json("[{\"a\": 1}]"), oneFault("[{\"a\": 1,\n]", "missing } before ]", 2, 1));
  }

  @Test
  void anElementObjectLeftOpenBeforeTheNextIsOneFault() {
    assertEquals(
        json("[{\"a\": 1}, {\"b\": 2}]"),
        oneFault("[{\"a\": 1,\n{\"b\": 2}]", "missing } to close the object", 1, 9));
  }

  @Test
  void aClosingBracketOfTheWrongKindBeforeTheRightOneIsExtra() {
    assertEquals(
        json("{\"k\": [{\"a\": 1}]}"), oneFault("{\"k\": [{\"a\": 1}\n}\n]}", "extra }", 2, 1));
    assertEquals(json("[{\"a\": [1]}]"), oneFault("[{\"a\": [1]]}]", "extra ]", 1, 11));
  }

  @Test
  void aBraceMovedFromOneObjectToTheNextIsTwoFaults() {
    JsonDocument doc = parse("[{\"a\": 1,\n{\"b\": 2}\n}\n]");
    assertEquals(
        List.of("1:9 missing } to close the object", "3:1 extra }"),
        doc.issues().stream().map(i -> i.line() + ":" + i.column() + " " + i.message()).toList());
    assertEquals(json("[{\"a\": 1}, {\"b\": 2}]"), doc.tree());
  }

  @Test
  void membersAfterTheRootsEndAreReadIntoIt() {
    String message = "the document's object ends here, before its last members";
    assertEquals(
        json("{\"a\": {\"x\": 1}, \"b\": 2}"),
        oneFault("{\"a\": {\"x\": 1}}, \"b\": 2}", message, 1, 15));
    JsonDocument twice = parse("{\"p\": {\"a\": 1}}}, \"d\": 2}");
    assertEquals(json("{\"p\": {\"a\": 1}, \"d\": 2}"), twice.tree());
    assertEquals(
        List.of("1:15 " + message, "1:16 extra } after the end of the JSON document"),
        twice.issues().stream().map(i -> i.line() + ":" + i.column() + " " + i.message()).toList());
    JsonDocument doc = parse("{\"a\": 1}\n\"b\": [2]\n}");
    assertEquals(json("{\"a\": 1, \"b\": [2]}"), doc.tree());
    assertEquals(1, doc.issues().size());
    assertEquals(Optional.of(new Span(0, doc.text().length())), doc.span(""));
    assertEquals("[2]", doc.span("/b").map(s -> doc.text().substring(s.start(), s.end())).get());
  }

  @Test
  void truncationClosesWhatIsOpenAndKeepsWhatWasRead() {
    assertEquals(
        json("{\"a\": {\"b\": [1, 2]}}"),
        oneFault("{\"a\": {\"b\": [1, 2", "file ends before the array is closed", 1, 18));
    assertEquals(
        json("{\"a\": 1, \"b\": \"te\"}"),
        oneFault(
            "{\"a\": 1, \"b\": \"te", "string is not closed before the end of the file", 1, 15));
  }

  @Test
  void otherWhiteSpaceIsOneFaultPerRun() {
    assertEquals(
        json("{\"a\": 1}"),
        oneFault("{\n\u2003\u2003\"a\": 1}", "U+2003 is not JSON white space", 2, 1));
  }

  @Test
  void extraCommasEscapesAndNumbers() {
    assertEquals(
        json("{\"a\": 1, \"b\": 2}"), oneFault("{\"a\": 1,, \"b\": 2}", "extra comma", 1, 9));
    assertEquals(json("{\"a\": \"x\"}"), oneFault("{\"a\": \"\\x\"}", "invalid escape \\x", 1, 8));
    assertEquals(
        json("{\"a\": 1}").path("a").decimalValue(),
        oneFault("{\"a\": 01}", "number 01 is not written as JSON", 1, 7).path("a").decimalValue());
  }

  @Test
  void latin1BytesAndAFaultAreBothReported() {
    byte[] bytes =
        "{\"t\": \"Br\u00f8nn\u00f8y\"\n\"x\": 1}".getBytes(Charset.forName("windows-1252"));
    JsonDocument doc = JsonDocument.parse("f.json", bytes);
    assertEquals(
        List.of(SyntaxIssue.Kind.NOT_UTF8, SyntaxIssue.Kind.SYNTAX),
        doc.issues().stream().map(SyntaxIssue::kind).toList());
    assertEquals(json("{\"t\": \"Br\u00f8nn\u00f8y\", \"x\": 1}"), doc.tree());
    assertEquals(new Location(1, 16), doc.location(doc.issues().get(1).offset()));
  }

  @Test
  void eachFaultIsReportedOnceInFileOrder() {
    JsonDocument doc = parse("{\n  // a\n  \"a\": 1\n  \"b\": [1,],\n}");
    assertEquals(
        List.of(
            "2:3 comment is not JSON",
            "3:9 missing comma between members",
            "4:10 trailing comma before ]",
            "4:12 trailing comma before }"),
        doc.issues().stream().map(i -> i.line() + ":" + i.column() + " " + i.message()).toList());
    assertEquals(json("{\"a\": 1, \"b\": [1]}"), doc.tree());
  }

  @Test
  void aFileOfNoiseListsAtMostAHundredAndOneFaults() {
    JsonDocument doc = parse("[" + "1 ".repeat(500) + "]");
    assertEquals(Recovery.MAX_FAULTS + 1, doc.issues().size());
    assertEquals(500, doc.tree().size());
  }

  @Test
  void aRecoveredDocumentHasTheSpansOfAStrictOne() {
    String strict = "{\"n\u00e4me\": \"Br\u00f8nn\u00f8y\", \"o\": {\"x\": [true, null, -1.5e3]}}";
    JsonDocument a = parse(strict);
    JsonDocument b = parse(strict + " // a comment after the end");
    assertTrue(a.isStrict());
    assertFalse(b.isStrict());
    assertEquals(a.tree(), b.tree());
    for (String pointer : List.of("", "/n\u00e4me", "/o", "/o/x", "/o/x/0", "/o/x/2", "/none")) {
      assertEquals(a.span(pointer), b.span(pointer), pointer);
      assertEquals(a.keySpan(pointer), b.keySpan(pointer), pointer);
      assertEquals(a.locate(pointer), b.locate(pointer), pointer);
    }
    assertEquals(Optional.of(new Span(0, strict.length())), b.span(""));
  }

  @Test
  void mutilatedFilesNeverThrowAndKeepSpansInsideTheText() {
    String sample =
        "{\n  \"swagger\": \"2.0\",\n  \"info\": {\"title\": \"Br\u00f8nn\u00f8y \\\"x\\\"\", \"n\": -1.5},\n"
            + "  \"paths\": {\"/a\": {\"get\": {\"parameters\": [{\"in\": \"query\"}, 1, true, null]}}}\n}\n";
    String pieces = "{}[],:\"'/* \n\\a1";
    java.util.Random random = new java.util.Random(19);
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder(sample);
      for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
        int at = random.nextInt(text.length());
        if (random.nextBoolean()) {
          text.deleteCharAt(at);
        } else {
          text.insert(at, pieces.charAt(random.nextInt(pieces.length())));
        }
      }
      JsonDocument doc = parse(text.toString());
      if (doc.root().isPresent()) {
        assertSpansInside(doc, doc.tree(), "");
      }
    }
  }

  /** Every value of the tree has a span, and every span lies inside the text. */
  private static void assertSpansInside(JsonDocument doc, JsonNode node, String pointer) {
    Span span = doc.span(pointer).orElseThrow(() -> new AssertionError(doc.text() + pointer));
    assertTrue(
        0 <= span.start() && span.start() <= span.end() && span.end() <= doc.text().length(),
        doc.text() + " " + pointer + " " + span);
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        assertSpansInside(doc, node.get(i), pointer + "/" + i);
      }
    } else {
      node.fields()
          .forEachRemaining(
              e ->
                  assertSpansInside(
                      doc, e.getValue(), pointer + "/" + JsonDocument.escape(e.getKey())));
    }
  }
}
