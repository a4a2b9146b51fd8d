package census.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import census.match.TitleNormalizer.NormalizedTitle;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleNormalizerTest {
  @Test
  void caseSpacingPunctuationDiacriticsAndSuffixDoNotCount() {
    String key = TitleNormalizer.key("Café  Bazaar!");
    assertEquals("cafebazaar", key);
    assertEquals(key, TitleNormalizer.key("cafe-bazaar (Independent Publisher)"));
  }

  @Test
  void camelCaseAmpersandAndNoiseWords() {
    assertEquals(List.of("id", "analyzer"), TitleNormalizer.normalize("IDAnalyzer").tokens());
    assertEquals(
        TitleNormalizer.key("Salesforce and Slack"), TitleNormalizer.key("Salesforce & Slack"));
    assertEquals(TitleNormalizer.key("Snowflake"), TitleNormalizer.key("Snowflake Connector API"));
    assertEquals(List.of("open", "text"), TitleNormalizer.normalize("OpenText™").tokens());
  }

  @Test
  void versionMarksAreKeptApart() {
    NormalizedTitle v2 = TitleNormalizer.normalize("Recorded Future (V2)");
    assertEquals("v2", v2.version());
    assertEquals("recordedfuture", v2.baseKey());
    assertEquals("recordedfuturev2", v2.key());
    assertEquals("v3", TitleNormalizer.normalize("Translator version 3").version());
    assertEquals("", TitleNormalizer.normalize("Power Form 7").version());
  }

  @Test
  void aTitleOfNothingButNoiseIsEmpty() {
    assertEquals("", TitleNormalizer.key("API"));
    assertEquals("", TitleNormalizer.key(null));
    assertEquals("", TitleNormalizer.key(" ™ - "));
  }
}
