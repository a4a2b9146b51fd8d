package census.rules;

import java.util.List;

/**
 * What a finding's fix does to its file: splices of the file's decoded text, applied together or
 * not at all, and, for the encoding rules, writing the file as UTF-8 without a byte-order mark.
 *
 * @param safe whether {@code --fix} applies it without {@code --unsafe-fixes} ({@link Fixability})
 */
public record Fix(boolean safe, List<Splice> splices, boolean utf8) {
  public Fix {
    splices = List.copyOf(splices);
  }

  /**
   * One splice with its place for people: the 1-based line and column where the replaced text
   * starts and where it ends (the same for an insertion).
   */
  public record Splice(
      int start,
      int end,
      String text,
      int startLine,
      int startColumn,
      int endLine,
      int endColumn) {}
}
