package census.rules.text;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.DisplayStrings;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

@AutoService(Rule.class)
@RuleInfo(
    id = "ValueMustBeInEnglish",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": ValueMustBeInEnglish; "
            + Sources.CERTIFICATION
            + ", \"Must exist and be written in English\"",
    doc =
        "Titles, summaries, descriptions and x-ms-summary labels are written in English, the"
            + " language the platform translates from. Reported: text whose letters are mostly of"
            + " another script (Cyrillic, CJK, Arabic, …), and Latin-script text with at least"
            + " three function words of German, French, Spanish, Portuguese, Dutch or Italian and"
            + " no more than half as many English ones. A name or an example in another"
            + " language inside English prose is left alone.",
    fix = "Write the text in English; the platform's localization translates it.")
public final class ValueMustBeInEnglish implements Rule {
  /** Common function words of other languages that are not English words themselves. */
  static final Set<String> FOREIGN =
      Set.of(
          // German
          "der",
          "das",
          "und",
          "nicht",
          "mit",
          "für",
          "ist",
          "sind",
          "wird",
          "werden",
          "eine",
          "einen",
          "dem",
          "auf",
          "zum",
          "zur",
          "oder",
          "über",
          "ein",
          "sie",
          "wir",
          "ihr",
          // Spanish
          "el",
          "los",
          "las",
          "del",
          "para",
          "una",
          "por",
          "con",
          "que",
          "como",
          "más",
          "este",
          "esta",
          "usuario",
          // Portuguese
          "não",
          "uma",
          "com",
          "da",
          "dos",
          "em",
          "ao",
          "você",
          "são",
          // French
          "le",
          "les",
          "des",
          "une",
          "pour",
          "avec",
          "est",
          "sont",
          "dans",
          "aux",
          "vous",
          "cette",
          "où",
          // Dutch
          "het",
          "een",
          "voor",
          "niet",
          "zijn",
          "wordt",
          "naar",
          "ook",
          // Italian
          "il",
          "della",
          "delle",
          "di",
          "che",
          "non",
          "sono",
          "gli");

  static final Set<String> ENGLISH =
      Set.of(
          "the", "and", "of", "to", "a", "is", "for", "in", "with", "this", "that", "on", "by",
          "from", "be", "are", "an", "or", "it", "as", "your", "you", "will", "if", "not");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              for (DisplayStrings.Text text : DisplayStrings.of(connector)) {
                String why = notEnglish(text.value());
                if (why != null) {
                  findings.at(doc, text.pointer(), text.key() + " is not in English: " + why);
                }
              }
            });
  }

  /** Hashes of the lower-case words of both lists, sorted: most words miss without allocating. */
  private static final int[] FOREIGN_HASHES = hashes(FOREIGN);

  private static final int[] ENGLISH_HASHES = hashes(ENGLISH);

  /** The longest word of either list; longer words are not looked up. */
  private static final int LONGEST = 7;

  private static int[] hashes(Set<String> words) {
    return words.stream().mapToInt(String::hashCode).sorted().toArray();
  }

  /**
   * Why {@code value} is not English, or null when it is (or cannot be told). One pass over the
   * characters: it runs on every display string of every connector.
   */
  static String notEnglish(String value) {
    int letters = 0;
    int other = 0;
    Character.UnicodeScript script = null;
    int foreign = 0;
    int english = 0;
    int n = value.length();
    for (int i = 0; i < n; ) {
      int c = value.codePointAt(i);
      if (!Character.isLetter(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      int hash = 0;
      while (i < n && Character.isLetter(c = value.codePointAt(i))) {
        letters++;
        if (c >= 128) {
          Character.UnicodeScript s = Character.UnicodeScript.of(c);
          if (s != Character.UnicodeScript.LATIN && s != Character.UnicodeScript.COMMON) {
            other++;
            script = s;
          }
        }
        hash = 31 * hash + Character.toLowerCase(c);
        i += Character.charCount(c);
      }
      if (i - start > LONGEST) {
        continue;
      }
      if (Arrays.binarySearch(FOREIGN_HASHES, hash) >= 0
          && FOREIGN.contains(value.substring(start, i).toLowerCase(Locale.ROOT))) {
        foreign++;
      } else if (Arrays.binarySearch(ENGLISH_HASHES, hash) >= 0
          && ENGLISH.contains(value.substring(start, i).toLowerCase(Locale.ROOT))) {
        english++;
      }
    }
    if (other >= 3 && other * 2 >= letters) {
      return "most letters are " + script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
    return foreign >= 3 && foreign >= 2 * english ? foreign + " words of another language" : null;
  }
}
