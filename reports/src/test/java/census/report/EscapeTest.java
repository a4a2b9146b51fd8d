package census.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class EscapeTest {
  @Test
  void onlyWebUrlsBecomeLinks() {
    assertEquals(
        "<a href=\"https://example.com/a?b=1&amp;c=2\" rel=\"nofollow noopener noreferrer\">site</a>",
        Escape.link("https://example.com/a?b=1&c=2", "site"));
    assertEquals("javascript:alert(1)", Escape.link("javascript:alert(1)", "site"));
    assertEquals("JaVaScRiPt:alert(1)", Escape.link("JaVaScRiPt:alert(1)", "x"));
    assertEquals("data:text/html,&lt;b&gt;", Escape.link("data:text/html,<b>", "x"));
    assertEquals("/etc/passwd", Escape.link("/etc/passwd", "x"));
  }

  @Test
  void htmlTextIsEncodedExactlyAsOwaspDoes() {
    char[] alphabet = {
      'a', ' ', '&', '<', '>', '"', '\'', '\t', '\n', '\r', '\0', '\u001f', '\u007f', '\u0085',
      '\u00a0', '\u00e9', '\u2028', '\ufdd0', '\ufdef', '\ufdf0', '\ufffd', '\ufffe', '\uffff',
      '\ud83d', '\ude00', '\udbff', '\udfff', '\ud800', '\udc00'
    };
    java.util.Random random = new java.util.Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        s.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = s.toString();
      assertEquals(
          org.owasp.encoder.Encode.forHtml(text),
          Escape.html(text),
          () -> "for " + text.chars().mapToObj(Integer::toHexString).toList());
    }
    assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", Escape.html("<script>alert(1)</script>"));
  }

  @Test
  void attributesCannotBeBrokenOutOf() {
    assertFalse(Escape.attribute("\" onmouseover=\"x").contains("\""));
  }

  @Test
  void scriptDataCannotCloseItsBlockAndStaysTheSameJson() throws Exception {
    String title = "</script><script>alert(1)</script><!-- & \u2028";
    String json =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .writeValueAsString(java.util.Map.of("title", title));
    String safe = Escape.scriptData(json);
    assertFalse(safe.contains("<") || safe.contains(">") || safe.contains("&"), safe);
    assertFalse(safe.contains("\u2028"), "no raw line separator");
    assertEquals(
        title,
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(safe).get("title").asText());
  }

  @Test
  void markdownCannotFormLinksOrHtml() {
    assertEquals("\\[a\\]\\(javascript:x\\)", Escape.markdown("[a](javascript:x)"));
    assertEquals("\\<b\\> \\| x", Escape.markdown("<b>\n| x"));
  }

  @Test
  void formulasInCsvAreNeutralised() {
    assertEquals("'=1+1", CsvExport.cell("=1+1"));
    assertEquals("'@SUM(A1)", CsvExport.cell("@SUM(A1)"));
    assertEquals("a;b", CsvExport.cell(java.util.List.of("a", "b")));
    assertEquals("plain", CsvExport.cell("plain"));
  }
}
