package census.lint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/** {@code census lint --diff}: what {@code --fix} would change, as git shows a change. */
public final class UnifiedDiff {
  private UnifiedDiff() {}

  /** The unified diff (three lines of context) of one file, named {@code name} on both sides. */
  public static String of(String name, byte[] before, byte[] after) {
    RawText a = new RawText(before);
    RawText b = new RawText(after);
    EditList edits = new HistogramDiff().diff(RawTextComparator.DEFAULT, a, b);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DiffFormatter format = new DiffFormatter(out)) {
      out.write(("--- a/" + name + "\n+++ b/" + name + "\n").getBytes(StandardCharsets.UTF_8));
      format.format(edits, a, b);
      format.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
