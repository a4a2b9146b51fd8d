package census.rules;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * CamelCase identifiers in display text, as CamelCaseString reports them; the fixes that rewrite
 * text ask the same question so that they bring no new CamelCaseString finding.
 */
public final class CamelCase {
  private CamelCase() {}

  /** A lower-case letter followed by an upper-case one: the hump of a CamelCase word. */
  public static final Pattern HUMP = Pattern.compile("\\p{Ll}\\p{Lu}");

  /** One CamelCase word and nothing else. */
  public static final Pattern WHOLE = Pattern.compile("\\p{L}[\\p{L}\\p{Nd}]*");

  /** lowerCamelCase, but not a brand with a one-letter prefix (iPhone, eBay). */
  public static final Pattern LOWER_CAMEL = Pattern.compile("\\p{Ll}{2,}\\p{Lu}[\\p{L}]*");

  /** Date and time format patterns (yyyy-MM-ddTHH:mm:ss.fffZ) look like CamelCase and are not. */
  public static final Pattern DATE_FORMAT = Pattern.compile("[yMdHhmsfSTzZK]+");

  public static boolean hasHump(String value) {
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

  /** The CamelCase identifier the rule reports in a text, and whether it is the whole text. */
  public record Camel(String word, boolean whole) {}

  /** What the rule reports in {@code value}: one CamelCase word, or the first in prose. */
  public static Optional<Camel> find(String value) {
    if (!hasHump(value)) {
      return Optional.empty(); // most text: no lower-case letter followed by an upper-case one
    }
    String stripped = value.strip();
    if (WHOLE.matcher(stripped).matches() && HUMP.matcher(stripped).find()) {
      return Optional.of(new Camel(stripped, true));
    }
    for (DisplayStrings.Word word : DisplayStrings.words(value)) {
      if (inProse(word.text())) {
        return Optional.of(new Camel(word.text(), false));
      }
    }
    return Optional.empty();
  }

  /** A word of prose the rule reports: lowerCamelCase that is not a date format. */
  public static boolean inProse(String word) {
    return LOWER_CAMEL.matcher(word).matches() && !DATE_FORMAT.matcher(word).matches();
  }
}
