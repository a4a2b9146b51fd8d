package census.json;

import java.util.Arrays;

/**
 * Where each line of a text starts, to turn character offsets into line and column. A line ends at
 * LF, CRLF or a lone CR, as Jackson counts them.
 */
final class Lines {
  private final int[] starts;

  private Lines(int[] starts) {
    this.starts = starts;
  }

  static Lines of(char[] text) {
    int[] starts = new int[64];
    int n = 1;
    for (int i = 0; i < text.length; i++) {
      char c = text[i];
      if (c == '\n' || (c == '\r' && (i + 1 == text.length || text[i + 1] != '\n'))) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return new Lines(Arrays.copyOf(starts, n));
  }

  /** The 1-based line and column (in UTF-16 characters) of a character offset. */
  Location at(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    int line = i >= 0 ? i : -i - 2;
    return new Location(line + 1, offset - starts[line] + 1);
  }
}
