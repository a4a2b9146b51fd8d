package census.json;

/**
 * A splice of a file's decoded text ({@link JsonDocument#text()}): the characters from {@code
 * start} up to {@code end} are replaced by {@code text}. An insertion has {@code start == end}.
 */
public record Edit(int start, int end, String text) {
  public Edit {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad edit range " + start + ".." + end);
    }
  }

  /** True when the two edits cannot both be applied: they touch the same characters or place. */
  public boolean overlaps(Edit other) {
    if (start == other.start) {
      return true; // two insertions at one place have no order
    }
    return start < other.end && other.start < end;
  }
}
