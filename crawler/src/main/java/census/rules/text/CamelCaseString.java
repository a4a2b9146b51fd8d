package census.rules.text;

import census.json.JsonDocument;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;
import java.util.regex.Pattern;

@AutoService(Rule.class)
@RuleInfo(
    id = "CamelCaseString",
    severity = Severity.INFO,
    files = {"apiDefinition.swagger.json"},
    source = Sources.CERTIFICATION + ", \"Create quality English language strings\"",
    doc =
        "Strings in CamelCase (minimizeHighways, MinimizeHighways) are treated as not"
            + " translatable, so a title, summary, x-ms-summary or description that is one CamelCase"
            + " word, or prose holding a lowerCamelCase identifier, stays English in every language."
            + " Brand names inside prose (SharePoint) and names in quotes or backticks are allowed.",
    fix =
        "Write the words out: \"Status code\" rather than \"statusCode\"; quote an identifier"
            + " that must stay as it is.")
public final class CamelCaseString implements Rule {
  /** A lower-case letter followed by an upper-case one: the hump of a CamelCase word. */
  static final Pattern HUMP = Pattern.compile("\\p{Ll}\\p{Lu}");

  /** One CamelCase word and nothing else. */
  static final Pattern WHOLE = Pattern.compile("\\p{L}[\\p{L}\\p{Nd}]*");

  /** lowerCamelCase, but not a brand with a one-letter prefix (iPhone, eBay). */
  static final Pattern LOWER_CAMEL = Pattern.compile("\\p{Ll}{2,}\\p{Lu}[\\p{L}]*");

  /** Date and time format patterns (yyyy-MM-ddTHH:mm:ss.fffZ) look like CamelCase and are not. */
  static final Pattern DATE_FORMAT = Pattern.compile("[yMdHhmsfSTzZK]+");

  static boolean hasHump(String value) {
    boolean afterLower = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (afterLower && Character.isUpperCase(c)) {
        return true;
      }
      afterLower = Character.isLowerCase(c);
    }
    return false;
  }

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector.definition().ifPresent(doc -> check(connector, doc, findings));
  }

  private static void check(ConnectorIndex connector, JsonDocument doc, Findings findings) {
    for (DisplayStrings.Text text : DisplayStrings.of(connector)) {
      if (text.trail().is("info", "title")) {
        continue; // the connector's name is a brand, and brands keep their case
      }
      if (!hasHump(text.value())) {
        continue; // most text: no lower-case letter followed by an upper-case one
      }
      String value = text.value().strip();
      if (WHOLE.matcher(value).matches() && HUMP.matcher(value).find()) {
        findings.at(
            doc,
            text.pointer(),
            text.key()
                + " \""
                + value
                + "\" is a CamelCase identifier that will not be translated");
        continue;
      }
      for (DisplayStrings.Word word : DisplayStrings.words(text.value())) {
        if (LOWER_CAMEL.matcher(word.text()).matches()
            && !DATE_FORMAT.matcher(word.text()).matches()) {
          findings.at(
              doc,
              text.pointer(),
              text.key()
                  + " holds \""
                  + word.text()
                  + "\", a CamelCase identifier that will not be translated");
          break;
        }
      }
    }
  }
}
