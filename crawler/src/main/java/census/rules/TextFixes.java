package census.rules;

import census.json.Edit;
import census.json.JsonDocument;
import census.json.JsonEdits;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the fixes of the display-text rules share: the rewrites (a full stop at the end of a
 * description, a label or summary without restricted characters), which return empty where they
 * cannot tell what the author meant, since a wrong fix is worse than none; and the checks that a
 * rewritten string brings no finding of a neighbouring rule whose message quotes it.
 */
public final class TextFixes {
  private TextFixes() {}

  /** A URL or an e-mail address: a rewrite would change what it names. */
  private static final Pattern ADDRESS =
      Pattern.compile("://|@|\\bwww\\.", Pattern.CASE_INSENSITIVE);

  /** Characters that mark the last word of a text as code, a path or a version, not prose. */
  private static final String CODE = "/\\_{}[]<>=@#$%^*|~`:.";

  /** Closing quotes and brackets a sentence's full stop follows. */
  private static boolean closing(int c) {
    int type = Character.getType(c);
    return c == '"'
        || c == '\''
        || type == Character.END_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION;
  }

  /**
   * {@code text} ending with a full stop, its trailing white space dropped: when it ends with a
   * letter or digit, or with closing quotes or brackets after one, and its last word is prose, not
   * a URL, path, version or identifier ("taskId", or "TaskDetails" alone), which a full stop would
   * seem to belong to (and would hide from CamelCaseString).
   */
  public static Optional<String> withFullStop(String text) {
    String body = text.stripTrailing();
    int end = body.length();
    while (end > 0 && closing(body.codePointBefore(end))) {
      end -= Character.charCount(body.codePointBefore(end));
    }
    if (end == 0 || !Character.isLetterOrDigit(body.codePointBefore(end))) {
      return Optional.empty();
    }
    String lastWord = body.substring(lastSpace(body) + 1);
    boolean code =
        lastWord.chars().anyMatch(c -> CODE.indexOf(c) >= 0)
            || ADDRESS.matcher(lastWord).find()
            || (CamelCase.hasHump(lastWord)
                && (Character.isLowerCase(lastWord.codePointAt(0))
                    || lastWord.equals(body.strip())));
    return code ? Optional.empty() : Optional.of(body + ".");
  }

  private static int lastSpace(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@code value} without the characters {@code restricted} accepts, or empty when one of them
   * cannot go without a person deciding. Separators ("-", "_", "|", ";", a "." or "," or ":" or "/"
   * that is not between two letters or digits, "?", "!", line breaks) become a space; an apostrophe
   * inside a word, a "$" before one ("$top") and the hyphen of "e-mail" are dropped. A "." or ":"
   * or "," or "/" between letters or digits (a version, a time, a path, "e.g."), a hyphen between
   * digits (a date, a range), a URL, quotes, brackets, braces and other symbols give no fix. Runs
   * of spaces become one, and no space is left inside parentheses or at either end.
   */
  public static Optional<String> withoutRestricted(String value, IntPredicate restricted) {
    if (ADDRESS.matcher(value).find()) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      int before = i > 0 ? value.codePointBefore(i) : ' ';
      i += Character.charCount(c);
      int after = i < value.length() ? value.codePointAt(i) : ' ';
      if (!restricted.test(c)) {
        out.appendCodePoint(c);
        continue;
      }
      boolean inWord = Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || "|;?!…–—_".indexOf(c) >= 0) {
        out.append(' ');
      } else if (c == '-') {
        if (Character.isDigit(before) && Character.isDigit(after)) {
          return Optional.empty(); // a date or a range
        }
        if ((before == 'e' || before == 'E')
            && Character.isLetter(after)
            && afterOneLetter(value, i)) {
          // "E-mail" and "e-Mail" read as "Email"
          out.appendCodePoint(Character.toLowerCase(after));
          i += Character.charCount(after);
          continue;
        }
        out.append(' ');
      } else if (".,:/".indexOf(c) >= 0) {
        if (inWord) {
          return Optional.empty();
        }
        out.append(' ');
      } else if ((c == '\'' || c == '’')
          && Character.isLetter(before)
          && Character.isLetter(after)) {
        continue; // "Owner's" reads as "Owners"
      } else if (c == '$' && !Character.isLetterOrDigit(before) && Character.isLetter(after)) {
        continue; // an OData option, "$top"
      } else {
        return Optional.empty();
      }
    }
    String tidy =
        out.toString()
            .replaceAll("\\s+", " ")
            .replace("( ", "(")
            .replace(" )", ")")
            .replace("()", "")
            .replaceAll("\\s+", " ")
            .strip();
    return tidy.isEmpty() ? Optional.empty() : Optional.of(tidy);
  }

  /** True when the character before {@code end} follows a word of one letter ("e-mail"). */
  private static boolean afterOneLetter(String value, int end) {
    int at = value.offsetByCodePoints(end, -1);
    if (at == 0 || !Character.isLetter(value.codePointBefore(at))) {
      return false;
    }
    int letter = value.offsetByCodePoints(at, -1);
    return letter == 0 || !Character.isLetterOrDigit(value.codePointBefore(letter));
  }

  /**
   * True when CamelCaseString would report {@code changed} otherwise than {@code original}: its
   * findings quote the identifier, or the whole text when it is one.
   */
  public static boolean bringsIdentifier(String original, String changed) {
    Optional<String> now = identifier(changed);
    return now.isPresent() && !now.equals(identifier(original));
  }

  /** What CamelCaseString quotes for {@code value}: the value as one identifier, or its first. */
  private static Optional<String> identifier(String value) {
    return CamelCase.find(value).map(c -> c.whole() ? c.word() : " " + c.word());
  }

  /**
   * False when {@code changed} is over {@code max} characters with another length than {@code
   * original}: the length rules' findings name the length.
   */
  public static boolean keepsLength(String original, String changed, int max) {
    int length = changed.codePointCount(0, changed.length());
    return length <= max || length == original.codePointCount(0, original.length());
  }

  /**
   * True when both texts name the same product first, as written, or none:
   * ProductNameInOperationText quotes the name it finds.
   */
  public static boolean sameProductName(String original, String changed) {
    return firstProductName(original).equals(firstProductName(changed));
  }

  private static String firstProductName(String text) {
    Matcher m = ProductNames.PATTERN.matcher(text);
    return m.find() ? m.group() : "";
  }

  /**
   * True when {@code description} repeats {@code summary}, as SummarySameAsDescription tells: equal
   * apart from case, surrounding white space and one final full stop.
   */
  public static boolean repeats(String summary, String description) {
    String s = withoutStop(summary.strip());
    return !s.isEmpty() && s.equalsIgnoreCase(withoutStop(description.strip()));
  }

  private static String withoutStop(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  /**
   * The edit that sets the string at {@code pointer} to {@code value}, or none. A parameter's text
   * is reported where the operation lists it; for a {@code $ref} there, the string is edited where
   * the referenced parameter writes it ({@link #writtenAt}).
   */
  public static List<Edit> replace(JsonDocument doc, String pointer, Optional<String> value) {
    return value
        .flatMap(v -> JsonEdits.replaceString(doc, writtenAt(doc, pointer), v))
        .map(List::of)
        .orElse(List.of());
  }

  /**
   * Where the string at {@code pointer} is written: the pointer itself, or, when its parent is a
   * local {@code $ref} (a shared parameter), the same member of the referenced object.
   */
  public static String writtenAt(JsonDocument doc, String pointer) {
    int slash = pointer.lastIndexOf('/');
    if (slash < 0 || doc.tree().at(pointer).isTextual()) {
      return pointer;
    }
    String ref = doc.tree().at(pointer.substring(0, slash)).path("$ref").asText("");
    return ref.startsWith("#/") ? ref.substring(1) + pointer.substring(slash) : pointer;
  }
}
