package census.rules.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/**
 * English spelling: Morfologik's speller (the engine LanguageTool uses) over LanguageTool's en_US
 * and en_GB dictionaries (org.languagetool:english-pos-dict), plus the words of connector writing
 * that they lack (census/rules/text/connector-words.txt). A word either dictionary knows is spelled
 * right: "organisation" is English too. Loaded on first use only, so commands without {@code
 * --spelling} do not pay for it; each distinct word is looked up once per process.
 */
final class EnglishSpeller {
  static final String DICTIONARIES = "/org/languagetool/resource/en/hunspell/";
  static final String EXTRA_WORDS = "/census/rules/text/connector-words.txt";

  private static final class Loaded {
    static final Dictionary US = dictionary("en_US");
    static final Dictionary GB = dictionary("en_GB");
    static final Set<String> EXTRA = extraWords();
  }

  /** Morfologik's speller keeps buffers, so each thread has its own over the shared dictionary. */
  private static final ThreadLocal<Speller> US =
      ThreadLocal.withInitial(() -> new Speller(Loaded.US));

  private static final ThreadLocal<Speller> GB =
      ThreadLocal.withInitial(() -> new Speller(Loaded.GB));

  /** Word to whether it is misspelled. */
  private static final Map<String, Boolean> VERDICTS = new ConcurrentHashMap<>();

  private EnglishSpeller() {}

  /**
   * True when no dictionary knows {@code word}. (Morfologik can suggest spellings too, but that
   * search costs more than the whole check, so findings name the word only.)
   */
  static boolean misspelled(String word) {
    return VERDICTS.computeIfAbsent(word, EnglishSpeller::lookUp);
  }

  private static boolean lookUp(String word) {
    String w = word.replace('’', '\'');
    String lower = w.toLowerCase(Locale.ROOT);
    return !Loaded.EXTRA.contains(lower)
        && !known(US.get(), w, lower)
        && !known(GB.get(), w, lower);
  }

  private static boolean known(Speller speller, String word, String lower) {
    return !speller.isMisspelled(word) || !speller.isMisspelled(lower);
  }

  private static Dictionary dictionary(String name) {
    URL url = EnglishSpeller.class.getResource(DICTIONARIES + name + ".dict");
    if (url == null) {
      throw new IllegalStateException(name + ".dict is not on the class path (english-pos-dict)");
    }
    try {
      return Dictionary.read(url);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + url, e);
    }
  }

  private static Set<String> extraWords() {
    Set<String> words = new HashSet<>();
    try (InputStream in = EnglishSpeller.class.getResourceAsStream(EXTRA_WORDS)) {
      if (in == null) {
        throw new IllegalStateException(EXTRA_WORDS + " is missing from the build");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
