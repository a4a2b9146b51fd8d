package census.rules.files;

import static census.testing.RuleCases.Expected.in;
import static org.junit.jupiter.api.Assertions.assertEquals;

import census.rules.Finding;
import census.testing.ConnectorFixture;
import census.testing.RuleCaseSource;
import census.testing.RuleCases;
import census.testing.RuleTester;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * InvalidJson reports each fault of a broken file once, at its place; ByteOrderMark and FileNotUtf8
 * report the file's encoding.
 */
class JsonFaultsTest implements RuleCaseSource {
  private static final String SWAGGER = ConnectorFixture.SWAGGER;
  private static final String PROPERTIES = ConnectorFixture.PROPERTIES;

  private static final String MISSING_COMMA =
      "{\n  \"swagger\": \"2.0\",\n  \"info\": {\n    \"title\": \"Contoso\"\n"
          + "    \"version\": \"1.0\"\n  },\n  \"paths\": {}\n}\n";

  private static ConnectorFixture with(String file, String content) {
    return ConnectorFixture.named("Contoso").file(file, content);
  }

  /** A fault lenient readers accept. */
  private static RuleCases.Expected syntax(String file, String message) {
    return in(file, "", "not strict JSON: " + message);
  }

  /** A fault no reader accepts, read around by a guess. */
  private static RuleCases.Expected guessed(String file, String message) {
    return in(file, "", "not JSON: " + message);
  }

  @Override
  public List<RuleCases> ruleCases() {
    return List.of(
        RuleCases.of(InvalidJson.class)
            .valid("a generated connector", ConnectorFixture.named("Contoso"))
            .valid(
                "a key named twice is JsonDuplicateKey's",
                with(PROPERTIES, "{\"properties\": {\"publisher\": \"A\", \"publisher\": \"B\"}}"))
            .valid(
                "the encoding is ByteOrderMark's and FileNotUtf8's",
                () -> with(PROPERTIES, bom(windows1252(PUBLISHER))))
            .invalid(
                "a trailing comma",
                with(PROPERTIES, "{\n    \"properties\": {},\n}\n"),
                syntax(PROPERTIES, "trailing comma before }"))
            .invalid(
                "a missing comma is one finding, not a strict and a lenient one",
                with(SWAGGER, MISSING_COMMA),
                guessed(SWAGGER, "missing comma between members"))
            .invalid(
                "a comment and a trailing comma are two",
                with(PROPERTIES, "{\n  // publisher\n  \"properties\": {\"publisher\": \"A\",}\n}"),
                syntax(PROPERTIES, "comment is not JSON"),
                syntax(PROPERTIES, "trailing comma before }"))
            .invalid(
                "an array closed by a brace",
                with(SWAGGER, "{\"swagger\": \"2.0\", \"schemes\": [\"https\"\n}"),
                guessed(SWAGGER, "missing ] before }"))
            .invalid(
                "a truncated file",
                with(PROPERTIES, "{\"properties\": {\"publisher\": \"A\"}"),
                guessed(PROPERTIES, "file ends before the object is closed"))
            .invalid(
                "settings.json is read too",
                with("settings.json", "{'certified': true}"),
                syntax("settings.json", "string in single quotes"))
            .invalid(
                "an empty file",
                with(PROPERTIES, "\n"),
                in(PROPERTIES, "", "cannot be read: file holds no JSON value"))
            .invalid(
                "nesting over the limit",
                with(PROPERTIES, "// deep\n" + "[".repeat(600) + "]".repeat(600)),
                syntax(PROPERTIES, "comment is not JSON"),
                in(PROPERTIES, "", "not read, over a limit: nesting deeper than 500 levels")),
        RuleCases.of(ByteOrderMark.class)
            .valid("UTF-8 without a mark", () -> with(PROPERTIES, utf8(PUBLISHER)))
            .invalid(
                "a byte-order mark",
                () -> with(PROPERTIES, bom(utf8(PUBLISHER))),
                in(PROPERTIES, "", "file starts with a UTF-8 byte-order mark"))
            .output(
                PROPERTIES,
                "-\uFEFF{\"properties\": {\"publisher\": \"Brønnøysund\"}}",
                "+{\"properties\": {\"publisher\": \"Brønnøysund\"}}")
            .invalid(
                "a mark before Windows-1252: both go",
                () -> with(PROPERTIES, bom(windows1252(PUBLISHER))),
                in(PROPERTIES, "", "file starts with a UTF-8 byte-order mark"))
            .output(
                PROPERTIES,
                // JGit shows a line that is not UTF-8 as Latin-1, the mark included
                "-ï»¿{\"properties\": {\"publisher\": \"Brønnøysund\"}}",
                "+{\"properties\": {\"publisher\": \"Brønnøysund\"}}")
            .invalid(
                "no fix when the rest is doubtful: UTF-8 with a stray byte",
                () -> with(PROPERTIES, bom(utf8WithStrayByte())),
                in(PROPERTIES, "", "file starts with a UTF-8 byte-order mark")),
        RuleCases.of(FileNotUtf8.class)
            .valid("UTF-8", () -> with(PROPERTIES, utf8(PUBLISHER)))
            .invalid(
                "Windows-1252",
                () -> with(PROPERTIES, windows1252(PUBLISHER)),
                in(PROPERTIES, "", "byte 0xf8 is not UTF-8; the file was read as Windows-1252"))
            .output(
                PROPERTIES,
                // the same text, as JGit shows a line that is not UTF-8 as Latin-1
                "-{\"properties\": {\"publisher\": \"Brønnøysund\"}}",
                "+{\"properties\": {\"publisher\": \"Brønnøysund\"}}")
            .invalid(
                "no fix for UTF-8 with a stray byte: its letters were read garbled",
                () -> with(PROPERTIES, utf8WithStrayByte()),
                in(PROPERTIES, "", "byte 0x92 is not UTF-8; the file was read as Windows-1252"))
            .invalid(
                "no fix for a byte Windows-1252 leaves undefined",
                () -> with(PROPERTIES, new byte[] {'{', '"', 'a', (byte) 0x81, '"', ':', '1', '}'}),
                in(PROPERTIES, "", "byte 0x81 is not UTF-8; the file was read as Windows-1252")));
  }

  private static final String PUBLISHER = "{\"properties\": {\"publisher\": \"Brønnøysund\"}}";

  private static ConnectorFixture with(String file, byte[] content) {
    return ConnectorFixture.named("Contoso").file(file, content);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] windows1252(String text) {
    return text.getBytes(Charset.forName("windows-1252"));
  }

  /** "Café" in UTF-8 and a typographic apostrophe in Windows-1252 (0x92). */
  private static byte[] utf8WithStrayByte() {
    byte[] start = utf8("{\"properties\": {\"publisher\": \"Café Bar");
    byte[] bytes = Arrays.copyOf(start, start.length + 5);
    bytes[start.length] = (byte) 0x92;
    System.arraycopy(utf8("s\"}}"), 0, bytes, start.length + 1, 4);
    return bytes;
  }

  private static byte[] bom(byte[] body) {
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xef;
    bytes[1] = (byte) 0xbb;
    bytes[2] = (byte) 0xbf;
    System.arraycopy(body, 0, bytes, 3, body.length);
    return bytes;
  }

  @Test
  void eachFindingHasTheLineAndColumnOfItsFault() {
    List<Finding> found = RuleTester.check(InvalidJson.class, with(SWAGGER, MISSING_COMMA));
    assertEquals(1, found.size());
    assertEquals(List.of(4, 23), List.of(found.get(0).line(), found.get(0).column()));
    List<Finding> comma =
        RuleTester.check(InvalidJson.class, with(PROPERTIES, "{\n    \"properties\": {},\n}\n"));
    assertEquals(List.of(2, 21), List.of(comma.get(0).line(), comma.get(0).column()));
  }
}
