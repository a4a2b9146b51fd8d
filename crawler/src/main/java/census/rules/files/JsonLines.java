package census.rules.files;

import census.json.Edit;
import census.json.JsonDocument;
import census.rules.Findings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The lines of a connector's JSON files for the layout rules, which report the first few offending
 * lines of a file and then one summary, not thousands of findings for a file formatted otherwise.
 * Lines are views into one character array: a definition can be 100,000 lines.
 */
final class JsonLines {
  /** Findings per file before the rest is summarised. */
  static final int SHOWN = 5;

  private JsonLines() {}

  /**
   * One line: {@code chars[start..end)} without its line break, 1-based {@code number}; {@code
   * inString} when it starts inside a string (possible only in a leniently read file).
   */
  record Line(char[] chars, int start, int end, int number, boolean inString) {
    /** Where the line starts in the document's text. */
    int offset() {
      return start;
    }

    int length() {
      return end - start;
    }

    char charAt(int i) {
      return chars[start + i];
    }

    /** Leading spaces, or -1 when the indentation holds a tab. */
    int indent() {
      int i = 0;
      while (i < length() && (charAt(i) == ' ' || charAt(i) == '\t')) {
        if (charAt(i) == '\t') {
          return -1;
        }
        i++;
      }
      return i;
    }
  }

  /** Says where a line breaks a layout rule, as a 1-based column and message. */
  interface Check {
    Optional<Offence> check(Line line);
  }

  /** Where a line breaks a layout rule, and the edit that mends it, if the rule has one. */
  record Offence(int column, String message, Optional<Edit> fix) {
    Offence(int column, String message) {
      this(column, message, Optional.empty());
    }
  }

  /** Takes one line; returns false to stop the walk there. */
  interface Visitor {
    boolean line(Line line);
  }

  /**
   * Reports the first {@value #SHOWN} offending lines of {@code doc}, then one finding at the next
   * offending line saying how many more there are, whose fix mends them all.
   */
  static void report(JsonDocument doc, Findings findings, Check check, String what) {
    report(doc, findings, check, what, Optional.empty());
  }

  /**
   * As {@link #report(JsonDocument, Findings, Check, String)}, but the file's first finding carries
   * {@code wholeFile}'s edits, which mend the whole file, and the others none: one copy of a
   * re-indentation's thousands of edits, in the output as in memory.
   */
  static void report(
      JsonDocument doc,
      Findings findings,
      Check check,
      String what,
      Optional<Supplier<List<Edit>>> wholeFile) {
    int[] shown = {0};
    int[] more = {0};
    int[] firstMore = {0};
    List<Edit> moreFixes = new ArrayList<>();
    forEach(
        doc,
        line -> {
          Optional<Offence> offence = check.check(line);
          if (offence.isEmpty()) {
            return true;
          }
          if (shown[0] < SHOWN) {
            findings.atLine(
                doc,
                line.number(),
                offence.get().column(),
                offence.get().message(),
                wholeFile.isPresent()
                    ? (shown[0] == 0 ? wholeFile.get().get() : List.of())
                    : offence.get().fix().map(List::of).orElse(List.of()));
            shown[0]++;
          } else {
            if (more[0] == 0) {
              firstMore[0] = line.number();
            }
            more[0]++;
            offence.get().fix().ifPresent(moreFixes::add);
          }
          return true;
        });
    if (more[0] > 0) {
      findings.atLine(
          doc,
          firstMore[0],
          1,
          more[0] + " more lines " + what + ", the first of them here",
          wholeFile.isPresent()
              ? List.of()
              // All or nothing: a fix that mended only some lines would leave a finding that lies.
              : moreFixes.size() == more[0] ? moreFixes : List.of());
    }
  }

  /**
   * Visits the lines of a document until the visitor says stop; strict JSON cannot break a line
   * inside a string.
   */
  static void forEach(JsonDocument doc, Visitor visitor) {
    forEach(doc.chars(), !doc.isStrict(), visitor);
  }

  static void forEach(char[] text, boolean lenient, Visitor visitor) {
    boolean inString = false;
    int number = 1;
    int start = 0;
    for (int i = 0; i <= text.length; i++) {
      if (i < text.length && text[i] != '\n') {
        continue;
      }
      int end = i > start && text[i - 1] == '\r' ? i - 1 : i;
      if ((i < text.length || end > start)
          && !visitor.line(new Line(text, start, end, number, inString))) {
        return;
      }
      if (lenient) {
        inString = endsInString(text, start, end, inString);
      }
      start = i + 1;
      number++;
    }
  }

  private static boolean endsInString(char[] text, int start, int end, boolean inString) {
    boolean in = inString;
    for (int i = start; i < end; i++) {
      char c = text[i];
      if (in && c == '\\') {
        i++;
      } else if (c == '"') {
        in = !in;
      }
    }
    return in;
  }
}
