package census.rules.text;

import census.connector.ConnectorContext;
import census.model.Severity;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;
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
  public void check(ConnectorContext connector, Findings findings) {
    connector
        .swagger()
        .ifPresent(
            doc -> {
              for (DisplayStrings.Text text : DisplayStrings.of(connector, doc)) {
                String why = notEnglish(text.value());
                if (why != null) {
                  findings.at(doc, text.pointer(), text.key() + " is not in English: " + why);
                }
              }
            });
  }

  /** Why {@code value} is not English, or null when it is (or cannot be told). */
  static String notEnglish(String value) {
    int letters = 0;
    int other = 0;
    boolean ascii = true;
    Character.UnicodeScript script = null;
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      ascii &= c < 128;
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      Character.UnicodeScript s = Character.UnicodeScript.of(c);
      if (s != Character.UnicodeScript.LATIN && s != Character.UnicodeScript.COMMON) {
        other++;
        script = s;
      }
    }
    if (other >= 3 && other * 2 >= letters) {
      return "most letters are " + script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
    if (ascii && value.indexOf(' ') < 0) {
      return null; // a single ASCII word: a label, not a sentence
    }
    int foreign = 0;
    int english = 0;
    for (DisplayStrings.Word word : DisplayStrings.words(value)) {
      String w = word.text().toLowerCase(Locale.ROOT);
      if (FOREIGN.contains(w)) {
        foreign++;
      } else if (ENGLISH.contains(w)) {
        english++;
      }
    }
    return foreign >= 3 && foreign >= 2 * english ? foreign + " words of another language" : null;
  }
}
