package census.rules;

import census.json.Edit;
import census.json.JsonDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Applies the fixes of one file's findings in one pass, as ESLint does: in order of place, each fix
 * whose splices touch none of those taken before it; the rest wait for the next pass, made on the
 * file as this one leaves it.
 */
public final class FixApplier {
  private FixApplier() {}

  /**
   * One pass over a file.
   *
   * @param bytes the file after the pass, empty when nothing was applied or the file's encoding
   *     cannot hold the new text
   * @param applied the findings whose fixes were applied
   */
  public record Pass(Optional<byte[]> bytes, List<Finding> applied) {}

  /** Applies what it can of the fixes of {@code findings}, all about {@code doc}. */
  public static Pass apply(JsonDocument doc, List<Finding> findings) {
    List<Finding> ordered =
        findings.stream()
            .filter(f -> f.fix().isPresent())
            .sorted(Comparator.comparingInt(FixApplier::firstOffset))
            .toList();
    List<Edit> taken = new ArrayList<>();
    List<Finding> applied = new ArrayList<>();
    boolean utf8 = false;
    for (Finding f : ordered) {
      Fix fix = f.fix().orElseThrow();
      List<Edit> edits = edits(fix, doc.text().length());
      if (edits.stream().anyMatch(e -> taken.stream().anyMatch(e::overlaps))
          || overlapsItself(edits)) {
        continue;
      }
      taken.addAll(edits);
      applied.add(f);
      utf8 |= fix.utf8();
    }
    if (applied.isEmpty()) {
      return new Pass(Optional.empty(), List.of());
    }
    Optional<byte[]> bytes = doc.encode(splice(doc.text(), taken), utf8);
    return new Pass(bytes, bytes.isPresent() ? List.copyOf(applied) : List.of());
  }

  /** {@code text} with the edits, which do not overlap, applied. */
  public static String splice(String text, List<Edit> edits) {
    List<Edit> sorted = edits.stream().sorted(Comparator.comparingInt(Edit::start)).toList();
    StringBuilder out = new StringBuilder(text.length() + 64);
    int at = 0;
    for (Edit e : sorted) {
      out.append(text, at, e.start()).append(e.text());
      at = e.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  private static List<Edit> edits(Fix fix, int length) {
    List<Edit> edits = new ArrayList<>();
    for (Fix.Splice s : fix.splices()) {
      if (s.end() > length) {
        throw new IllegalArgumentException("a fix reaches past the end of its file");
      }
      edits.add(new Edit(s.start(), s.end(), s.text()));
    }
    return edits;
  }

  private static boolean overlapsItself(List<Edit> edits) {
    for (int i = 0; i < edits.size(); i++) {
      for (int j = i + 1; j < edits.size(); j++) {
        if (edits.get(i).overlaps(edits.get(j))) {
          return true;
        }
      }
    }
    return false;
  }

  private static int firstOffset(Finding f) {
    return f.fix().orElseThrow().splices().stream().mapToInt(Fix.Splice::start).min().orElse(0);
  }
}
