package census.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.rules.FixApplier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonEditsTest {
  private static JsonDocument parse(String text) {
    return JsonDocument.parse("f.json", text.getBytes(StandardCharsets.UTF_8));
  }

  /** The text after the edit, which must be there; the result must still be strict JSON. */
  private static String applied(JsonDocument doc, Optional<Edit> edit) {
    assertTrue(edit.isPresent(), "no edit for " + doc.text());
    String after = FixApplier.splice(doc.text(), List.of(edit.orElseThrow()));
    if (doc.isStrict()) {
      assertTrue(parse(after).isStrict(), after);
    }
    return after;
  }

  private static String inserted(String text, String pointer, String key, String json) {
    JsonDocument doc = parse(text);
    return applied(doc, JsonEdits.insertMember(doc, pointer, key, json));
  }

  private static String removed(String text, String pointer) {
    JsonDocument doc = parse(text);
    return applied(doc, JsonEdits.remove(doc, pointer));
  }

  @Test
  void quoteEscapesAsJacksonWrites() {
    assertEquals("\"a \\\"b\\\" \\\\ c\\n\\t\\u0001\"", JsonEdits.quote("a \"b\" \\ c\n\t\u0001"));
    assertEquals("\"\u00f8 / <\"", JsonEdits.quote("\u00f8 / <"), "non-ASCII and / stay");
  }

  @Test
  void insertMemberInMultiLineObjectAddsOneLineLaidOutAsTheFirst() {
    assertEquals(
        "{\n    \"p\": {\n        \"k\": \"v\",\n        \"a\": 1,\n        \"b\": 2\n    }\n}",
        inserted(
            "{\n    \"p\": {\n        \"a\": 1,\n        \"b\": 2\n    }\n}", "/p", "k", "\"v\""));
  }

  @Test
  void insertMemberKeepsCrlfAndTabs() {
    assertEquals(
        "{\r\n\t\"k\" : true,\r\n\t\"a\" : 1\r\n}",
        inserted("{\r\n\t\"a\" : 1\r\n}", "", "k", "true"));
  }

  @Test
  void insertMemberInCompactObjectKeepsItCompact() {
    assertEquals("{\"k\":1,\"a\":1}", inserted("{\"a\":1}", "", "k", "1"));
    assertEquals("[{ \"k\": 1, \"a\": 1 }]", inserted("[{ \"a\": 1 }]", "/0", "k", "1"));
  }

  @Test
  void insertMemberInEmptyObject() {
    assertEquals("{\"o\": {\"k\": \"v\"}}", inserted("{\"o\": {}}", "/o", "k", "\"v\""));
    assertEquals("{\"o\": {\"k\": \"v\"}}", inserted("{\"o\": { }}", "/o", "k", "\"v\""));
  }

  @Test
  void insertMemberEscapesTheKeyAndFindsAFirstKeyWithASlash() {
    assertEquals(
        "{\"x\": {\"a\\\"b\": 0, \"a/b\": 1}}",
        inserted("{\"x\": {\"a/b\": 1}}", "/x", "a\"b", "0"));
  }

  @Test
  void insertMemberRefusesWhatItCannotLayOut() {
    for (String[] refused :
        new String[][] {
          {"{\"a\": 1}", "/a", "not an object"},
          {"{\"a\": 1}", "/b", "not there"},
          {"{\"a\": 1}", "", "the key is there already"},
          {"{\"o\": {\n}}", "/o", "an empty object on several lines: no layout to follow"},
          {"{\"o\": {/* c */}}", "/o", "a comment in an empty object"},
          {"{\"o\": {// c\n\"b\": 1}}", "/o", "a comment before the first member"},
        }) {
      JsonDocument doc = parse(refused[0]);
      assertEquals(Optional.empty(), JsonEdits.insertMember(doc, refused[1], "a", "2"), refused[2]);
    }
  }

  @Test
  void removeMemberOnItsOwnLinesTakesThoseLines() {
    String text = "{\n    \"a\": 1,\n    \"b\": {\n        \"x\": 1\n    },\n    \"c\": 3\n}";
    assertEquals("{\n    \"b\": {\n        \"x\": 1\n    },\n    \"c\": 3\n}", removed(text, "/a"));
    assertEquals("{\n    \"a\": 1,\n    \"c\": 3\n}", removed(text, "/b"));
    assertEquals("{\n    \"a\": 1,\n    \"b\": {\n        \"x\": 1\n    }\n}", removed(text, "/c"));
  }

  @Test
  void removeKeepsCrlf() {
    String text = "{\r\n  \"a\": 1,\r\n  \"b\": 2,\r\n  \"c\": 3\r\n}\r\n";
    assertEquals("{\r\n  \"b\": 2,\r\n  \"c\": 3\r\n}\r\n", removed(text, "/a"));
    assertEquals("{\r\n  \"a\": 1,\r\n  \"c\": 3\r\n}\r\n", removed(text, "/b"));
    assertEquals("{\r\n  \"a\": 1,\r\n  \"b\": 2\r\n}\r\n", removed(text, "/c"));
  }

  @Test
  void removeInlineMemberTakesItsComma() {
    String text = "{\"a\": 1, \"b\": \"x,y\", \"c\": [3]}";
    assertEquals("{\"b\": \"x,y\", \"c\": [3]}", removed(text, "/a"));
    assertEquals("{\"a\": 1, \"c\": [3]}", removed(text, "/b"));
    assertEquals("{\"a\": 1, \"b\": \"x,y\"}", removed(text, "/c"));
  }

  @Test
  void removeArrayElement() {
    String inline = "{\"s\": [\"https\", \"http\", \"ws\"]}";
    assertEquals("{\"s\": [\"http\", \"ws\"]}", removed(inline, "/s/0"));
    assertEquals("{\"s\": [\"https\", \"ws\"]}", removed(inline, "/s/1"));
    assertEquals("{\"s\": [\"https\", \"http\"]}", removed(inline, "/s/2"));
    String lines = "{\n  \"s\": [\n    \"https\",\n    \"http\"\n  ]\n}";
    assertEquals("{\n  \"s\": [\n    \"http\"\n  ]\n}", removed(lines, "/s/0"));
    assertEquals("{\n  \"s\": [\n    \"https\"\n  ]\n}", removed(lines, "/s/1"));
  }

  @Test
  void removeTheOnlyMemberOrElementLeavesEmptyBrackets() {
    assertEquals("{\"o\": {}}", removed("{\"o\": {\"a\": 1}}", "/o/a"));
    assertEquals("{\"o\": {}}", removed("{\"o\": { \"a\": 1 }}", "/o/a"));
    assertEquals("{\n  \"o\": {}\n}", removed("{\n  \"o\": {\n    \"a\": 1\n  }\n}", "/o/a"));
    assertEquals("{\r\n  \"s\": []\r\n}", removed("{\r\n  \"s\": [\r\n    1\r\n  ]\r\n}", "/s/0"));
  }

  @Test
  void removeRefusesTheRootAndWhatIsNotThere() {
    JsonDocument doc = parse("{\"a\": 1}");
    assertEquals(Optional.empty(), JsonEdits.remove(doc, ""));
    assertEquals(Optional.empty(), JsonEdits.remove(doc, "/b"));
  }

  @Test
  void removeInLenientFilesKeepsWhatTheCommentsSay() {
    assertEquals(
        "{\n  \"a\": 1, // one\n  \"c\": 3\n}",
        removed("{\n  \"a\": 1, // one\n  \"b\": 2,\n  \"c\": 3\n}", "/b"));
    // The comma before the last member sits before a comment: removing the member alone would
    // leave that comma dangling, so there is no edit.
    JsonDocument doc = parse("{\n  \"a\": 1, // one\n  \"b\": 2\n}");
    assertEquals(Optional.empty(), JsonEdits.remove(doc, "/b"));
  }

  @Test
  void replaceStringEscapesAndRefusesOtherValues() {
    JsonDocument doc = parse("{\"t\": \"old\", \"n\": 1}");
    assertEquals(
        "{\"t\": \"say \\\"hi\\\"\\n\", \"n\": 1}",
        applied(doc, JsonEdits.replaceString(doc, "/t", "say \"hi\"\n")));
    assertEquals(Optional.empty(), JsonEdits.replaceString(doc, "/n", "1"));
    assertEquals(Optional.empty(), JsonEdits.replaceString(doc, "/missing", "x"));
  }

  @Test
  void replaceStringOfAnEscapedStringReplacesAllOfIt() {
    JsonDocument doc = parse("[\"a\\\"b\\u00e9\", 2]");
    assertEquals("[\"c\", 2]", applied(doc, JsonEdits.replaceString(doc, "/0", "c")));
  }

  @Test
  void replaceValueWritesTheLiteralAsGiven() {
    JsonDocument doc = parse("{\"b\": \"true\", \"n\": \"12\"}");
    assertEquals(
        "{\"b\": true, \"n\": \"12\"}", applied(doc, JsonEdits.replaceValue(doc, "/b", "true")));
  }
}
