package census.match;

import census.match.TitleNormalizer.NormalizedTitle;
import java.util.ArrayList;
import java.util.List;

/**
 * Candidate blocking: the keys under which an entry is filed so that only entries sharing a key are
 * compared. Every pair the {@link TitleMatcher} can classify shares at least one key: the whole
 * title, the title without its version, the first word (families, and edits after it), the first
 * and the last four letters (one or two edits elsewhere), the host and the folder name. Within a
 * block entries are compared with their neighbours in {@code sortKey} order, so a block of any size
 * costs linear time.
 */
public final class Blocking {
  private static final int AFFIX = 4;

  private Blocking() {}

  /** A block and the order of entries inside it. */
  public record BlockKey(String block, String sortKey) {}

  public static List<BlockKey> keys(Candidate c) {
    NormalizedTitle t = c.title();
    List<BlockKey> keys = new ArrayList<>(7);
    if (t.tokens().isEmpty()) {
      return keys;
    }
    String base = t.baseKey();
    String reversed = new StringBuilder(base).reverse().toString();
    keys.add(new BlockKey("t:" + base, t.key()));
    keys.add(new BlockKey("w:" + t.tokens().get(0), base));
    keys.add(new BlockKey("p:" + base.substring(0, Math.min(AFFIX, base.length())), base));
    keys.add(new BlockKey("s:" + reversed.substring(0, Math.min(AFFIX, base.length())), reversed));
    if (c.host() != null) {
      keys.add(new BlockKey("h:" + c.host(), base));
    }
    if (!c.folderKey().isEmpty()) {
      keys.add(new BlockKey("f:" + c.folderKey(), base));
    }
    String expanded = String.join("", TitleMatcher.expanded(t.tokens()));
    if (!expanded.equals(base)) {
      keys.add(new BlockKey("t:" + expanded, t.key()));
    }
    return keys;
  }
}
