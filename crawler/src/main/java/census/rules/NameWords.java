package census.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words of an identifier (createdOn, due_date, X-Request-ID, @odata.nextLink, HTMLParser),
 * written out as a label in Title Case ("Created On") or as a phrase in sentence case ("Created
 * on"), for the fixes that give a property, parameter or operation the display text it lacks.
 * Acronyms keep their capitals ("Task ID", "Events URL"); the result holds only letters, digits,
 * spaces and parentheses. A name of another script, of symbols other than ASCII punctuation, or
 * without a letter gives nothing.
 */
public final class NameWords {
  private NameWords() {}

  /** Acronyms (and names with a capital inside) as a label writes them, by lower-case word. */
  private static final Map<String, String> ACRONYMS =
      Map.ofEntries(
          Map.entry("api", "API"),
          Map.entry("apis", "APIs"),
          Map.entry("crm", "CRM"),
          Map.entry("csrf", "CSRF"),
          Map.entry("csv", "CSV"),
          Map.entry("dns", "DNS"),
          Map.entry("ftp", "FTP"),
          Map.entry("gps", "GPS"),
          Map.entry("guid", "GUID"),
          Map.entry("html", "HTML"),
          Map.entry("http", "HTTP"),
          Map.entry("https", "HTTPS"),
          Map.entry("i", "I"),
          Map.entry("id", "ID"),
          Map.entry("ids", "IDs"),
          Map.entry("ip", "IP"),
          Map.entry("ipv", "IPv"),
          Map.entry("iso", "ISO"),
          Map.entry("json", "JSON"),
          Map.entry("md", "MD"),
          Map.entry("mfa", "MFA"),
          Map.entry("mp", "MP"),
          Map.entry("oauth", "OAuth"),
          Map.entry("ocr", "OCR"),
          Map.entry("odata", "OData"),
          Map.entry("otp", "OTP"),
          Map.entry("pdf", "PDF"),
          Map.entry("sdk", "SDK"),
          Map.entry("sha", "SHA"),
          Map.entry("sku", "SKU"),
          Map.entry("sms", "SMS"),
          Map.entry("smtp", "SMTP"),
          Map.entry("sql", "SQL"),
          Map.entry("ssl", "SSL"),
          Map.entry("tls", "TLS"),
          Map.entry("ttl", "TTL"),
          Map.entry("uid", "UID"),
          Map.entry("upn", "UPN"),
          Map.entry("uri", "URI"),
          Map.entry("uris", "URIs"),
          Map.entry("url", "URL"),
          Map.entry("urls", "URLs"),
          Map.entry("utc", "UTC"),
          Map.entry("utf", "UTF"),
          Map.entry("uuid", "UUID"),
          Map.entry("vat", "VAT"),
          Map.entry("xml", "XML"));

  /** Words a number sticks to, as in SHA256, MD5, UTF8, IPv4, Base64; other words stand apart. */
  private static final Set<String> NUMBERED = Set.of("sha", "md", "utf", "ipv", "base", "mp");

  /**
   * The minor words of LabelNotTitleCase's list that a label writes in lower case inside it:
   * articles, conjunctions and "of"/"to"/"per"/"via"/"vs", which are minor whatever their role. The
   * others (in, on, at, up, …) are often particles ("Created At", "Sign Up") and keep their
   * capital.
   */
  public static final Set<String> LOWER_INSIDE =
      Set.of("a", "an", "the", "and", "but", "or", "nor", "of", "to", "per", "via", "vs");

  /** "Created On" for createdOn: every word capitalized but a few minor ones inside. */
  public static Optional<String> titleCase(String name) {
    return write(name, true);
  }

  /** "Created on" for createdOn: the first word capitalized, acronyms kept. */
  public static Optional<String> sentenceCase(String name) {
    return write(name, false);
  }

  private static Optional<String> write(String name, boolean title) {
    Optional<List<String>> split = split(name);
    if (split.isEmpty()) {
      return Optional.empty();
    }
    List<String> words = split.get();
    boolean allCaps = name.chars().noneMatch(Character::isLowerCase);
    List<String> written = new ArrayList<>(words.size());
    int count = (int) words.stream().filter(w -> !isParen(w)).count();
    int index = 0;
    for (String word : words) {
      if (isParen(word)) {
        written.add(word);
        continue;
      }
      written.add(word(word, index == 0, index == count - 1, allCaps, title));
      index++;
    }
    return Optional.of(join(written));
  }

  /** One word as written: an acronym, kept capitals, a minor word, or capitalized or not. */
  private static String word(
      String word, boolean first, boolean last, boolean allCaps, boolean title) {
    int digits = word.length();
    while (digits > 0 && isAsciiDigit(word.charAt(digits - 1))) {
      digits--;
    }
    String letters = word.substring(0, digits);
    String lower = letters.toLowerCase(Locale.ROOT);
    String acronym = ACRONYMS.get(lower);
    if (acronym != null) {
      return acronym + word.substring(digits);
    }
    if (letters.isEmpty()) {
      return word;
    }
    boolean upper = letters.chars().noneMatch(Character::isLowerCase);
    // Capitals in a name written otherwise in lower case are an acronym (courseID, PreDH, V2); in
    // a name all in capitals (FIRST_NAME) only the short words are likely to be.
    boolean keep =
        upper
            && (allCaps
                ? letters.length() <= 3 && !LOWER_INSIDE.contains(lower)
                : letters.length() > 1 || digits < word.length());
    if (keep) {
      return word;
    }
    if (first) {
      return capitalize(word);
    }
    if (title) {
      return !last && LOWER_INSIDE.contains(lower) ? lower : capitalize(word);
    }
    return word.toLowerCase(Locale.ROOT);
  }

  private static String capitalize(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
  }

  /**
   * The words of {@code name}: runs of letters and digits cut at ASCII punctuation and by {@link
   * #cut}; parentheses are kept as words of their own when they pair. Empty for a name that holds
   * no letter, a letter of another script or a symbol beyond ASCII.
   */
  static Optional<List<String>> split(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    boolean letter = false;
    int depth = 0;
    boolean paired = true;
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c)) {
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
          return Optional.empty();
        }
        letter = true;
        run.appendCodePoint(c);
      } else if (isAsciiDigit(c)) {
        run.appendCodePoint(c);
      } else if (c >= 128) {
        return Optional.empty();
      } else {
        cut(run.toString(), words);
        run.setLength(0);
        if (c == '(' || c == ')') {
          depth += c == '(' ? 1 : -1;
          paired &= depth >= 0;
          words.add(Character.toString(c));
        }
      }
    }
    cut(run.toString(), words);
    if (!letter) {
      return Optional.empty();
    }
    if (!paired || depth != 0 || String.join("", words).contains("()")) {
      words.removeIf(NameWords::isParen);
    }
    return words.isEmpty() ? Optional.empty() : Optional.of(words);
  }

  /**
   * Cuts a run of letters and digits into words: at a capital after a small letter (dueDate),
   * before the last capital of several followed by small letters (HTMLParser, but IDs), before a
   * capital after a digit (90Day), and between letters and a number (line2, but SHA256 and V2).
   */
  private static void cut(String run, List<String> words) {
    int start = 0;
    int n = run.length();
    for (int i = 1; i < n; i++) {
      char before = run.charAt(i - 1);
      char c = run.charAt(i);
      boolean cut =
          (Character.isLowerCase(before) && Character.isUpperCase(c))
              || (Character.isUpperCase(before)
                  && Character.isUpperCase(c)
                  && i + 1 < n
                  && Character.isLowerCase(run.charAt(i + 1))
                  && !plural(run, i + 1))
              || (isAsciiDigit(before) && Character.isUpperCase(c))
              || (Character.isLetter(before)
                  && isAsciiDigit(c)
                  && !numbered(run.substring(start, i)));
      if (cut) {
        words.add(run.substring(start, i));
        start = i;
      }
    }
    if (start < n) {
      words.add(run.substring(start));
    }
  }

  /** An acronym's plural s at {@code i}: IDs, URLsList. */
  private static boolean plural(String run, int i) {
    return run.charAt(i) == 's'
        && (i + 1 == run.length() || !Character.isLowerCase(run.charAt(i + 1)));
  }

  /** Letters a number sticks to: one letter (V2, L3) or a word of {@link #NUMBERED}. */
  private static boolean numbered(String letters) {
    return letters.length() == 1 || NUMBERED.contains(letters.toLowerCase(Locale.ROOT));
  }

  private static String join(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      boolean glue = w.equals(")") || (out.length() > 0 && out.charAt(out.length() - 1) == '(');
      if (out.length() > 0 && !glue) {
        out.append(' ');
      }
      out.append(w);
    }
    return out.toString();
  }

  private static boolean isParen(String word) {
    return word.equals("(") || word.equals(")");
  }

  private static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }
}
