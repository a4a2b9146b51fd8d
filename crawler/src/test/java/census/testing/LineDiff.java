package census.testing;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/** The lines two versions of a file differ in, hunk by hunk: "-" taken out, "+" put in. */
public final class LineDiff {
  private LineDiff() {}

  public static List<String> lines(byte[] before, byte[] after) {
    RawText a = new RawText(before == null ? new byte[0] : before);
    RawText b = new RawText(after == null ? new byte[0] : after);
    List<String> lines = new ArrayList<>();
    for (Edit e : new HistogramDiff().diff(RawTextComparator.DEFAULT, a, b)) {
      for (int i = e.getBeginA(); i < e.getEndA(); i++) {
        lines.add("-" + a.getString(i));
      }
      for (int i = e.getBeginB(); i < e.getEndB(); i++) {
        lines.add("+" + b.getString(i));
      }
    }
    return lines;
  }
}
