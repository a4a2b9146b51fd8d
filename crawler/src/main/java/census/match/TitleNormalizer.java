package census.match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reduces a connector title to what a reviewer compares: case, punctuation, diacritics, white
 * space, "(Independent Publisher)", the words "Connector" and "API", CamelCase ("IDAnalyzer" meets
 * "ID Analyzer") and "&amp;" against "and" do not count; a version mark ("V2", "(v3)", "version 2")
 * is kept apart so that version siblings can be told from identical titles.
 */
public final class TitleNormalizer {
  private static final Pattern INDEPENDENT_PUBLISHER =
      Pattern.compile("\\(\\s*independent\\s+publisher\\s*\\)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SYMBOL = Pattern.compile("\\p{S}");
  private static final Pattern MARK = Pattern.compile("\\p{M}+");
  // lower→upper ("HubSpot") and an acronym before a word ("IDAnalyzer"): word boundaries in
  // CamelCase
  private static final Pattern CAMEL_CASE =
      Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern VERSION_MARK = Pattern.compile("v\\d+(?:\\d|\\.\\d+)*");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*");
  private static final Set<String> NOISE_WORDS = Set.of("connector", "api");

  private TitleNormalizer() {}

  /** A title taken apart for comparison. */
  public record NormalizedTitle(List<String> tokens, String version) {
    /** The comparison key: the tokens and the version mark, without spaces. */
    public String key() {
      return baseKey() + version;
    }

    /** The key without the version mark. */
    public String baseKey() {
      return String.join("", tokens);
    }

    public boolean isEmpty() {
      return tokens.isEmpty() && version.isEmpty();
    }
  }

  /** The comparison key of a title; empty for a title with no letters or digits. */
  public static String key(String title) {
    return normalize(title).key();
  }

  public static NormalizedTitle normalize(String title) {
    if (title == null) {
      return new NormalizedTitle(List.of(), "");
    }
    String text = INDEPENDENT_PUBLISHER.matcher(title).replaceAll(" ").replace("&", " and ");
    text = SYMBOL.matcher(text).replaceAll(" ");
    text = MARK.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    text = CAMEL_CASE.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT);
    List<String> tokens = new ArrayList<>();
    String version = "";
    @SuppressWarnings("StringSplitter") // the look-ahead below relies on no trailing empty word
    String[] words = NOT_LETTER_OR_DIGIT.split(text.strip());
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (word.isEmpty() || NOISE_WORDS.contains(word)) {
        continue;
      }
      if (VERSION_MARK.matcher(word).matches()) {
        version = word;
      } else if (word.equals("version")
          && i + 1 < words.length
          && NUMBER.matcher(words[i + 1]).matches()) {
        version = "v" + words[++i];
      } else {
        tokens.add(word);
      }
    }
    return new NormalizedTitle(List.copyOf(tokens), version);
  }
}
