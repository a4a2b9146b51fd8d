package census.match;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reduces a connector title to the key two titles share when a reviewer would call them the same:
 * case, punctuation, white space and the "(Independent Publisher)" suffix do not count.
 */
public final class TitleNormalizer {
  private static final Pattern INDEPENDENT_PUBLISHER =
      Pattern.compile("\\(\\s*independent\\s+publisher\\s*\\)", Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  private TitleNormalizer() {}

  /** The comparison key of a title; empty for a title with no letters or digits. */
  public static String key(String title) {
    if (title == null) {
      return "";
    }
    String text = Normalizer.normalize(title, Normalizer.Form.NFKC);
    text = INDEPENDENT_PUBLISHER.matcher(text).replaceAll(" ");
    return NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
  }
}
