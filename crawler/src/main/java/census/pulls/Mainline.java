package census.pulls;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * What dev and master hold, indexed once per crawl so that each pull request costs only a walk over
 * its own commits: every commit reachable from dev gets the position on dev's first-parent chain of
 * the commit that brought it in (its rank); commits only master reaches get rank {@link
 * #MASTER_ONLY}. Also indexes squash merges, the dev commits whose first line ends with (#N).
 */
final class Mainline {
  static final int MASTER_ONLY = -1;
  private static final Pattern SQUASH_MERGE = Pattern.compile("\\(#(\\d{1,9})\\)\\s*$");

  private final Map<RevCommit, Integer> rank;
  private final List<RevCommit> firstParents;
  private final Map<Integer, RevCommit> squashMerges;

  private Mainline(
      Map<RevCommit, Integer> rank,
      List<RevCommit> firstParents,
      Map<Integer, RevCommit> squashMerges) {
    this.rank = rank;
    this.firstParents = firstParents;
    this.squashMerges = squashMerges;
  }

  /** Indexes dev (required) and master (may be null) with commits parsed by {@code walk}. */
  static Mainline index(RevWalk walk, ObjectId dev, ObjectId master) throws IOException {
    List<RevCommit> chain = new ArrayList<>();
    for (RevCommit c = walk.parseCommit(dev); c != null; ) {
      chain.add(c);
      c = c.getParentCount() == 0 ? null : walk.parseCommit(c.getParent(0));
    }
    Collections.reverse(chain);
    Map<RevCommit, Integer> rank = new HashMap<>();
    // Oldest first: a commit's first parent is ranked already, so each walk sees only what its
    // merge brought in.
    for (int i = 0; i < chain.size(); i++) {
      mark(walk, chain.get(i), i, rank);
    }
    if (master != null) {
      mark(walk, walk.parseCommit(master), MASTER_ONLY, rank);
    }
    Map<Integer, RevCommit> squashMerges = new HashMap<>();
    for (Map.Entry<RevCommit, Integer> e : rank.entrySet()) {
      if (e.getValue() == MASTER_ONLY) {
        continue;
      }
      pullRequestNumber(e.getKey().getShortMessage())
          .ifPresent(
              n -> squashMerges.merge(n, e.getKey(), (a, b) -> rank.get(a) <= rank.get(b) ? a : b));
    }
    return new Mainline(rank, chain, squashMerges);
  }

  private static void mark(RevWalk walk, RevCommit from, int value, Map<RevCommit, Integer> rank)
      throws IOException {
    Deque<RevCommit> todo = new ArrayDeque<>();
    todo.push(from);
    while (!todo.isEmpty()) {
      RevCommit c = todo.pop();
      if (rank.putIfAbsent(c, value) != null) {
        continue;
      }
      walk.parseHeaders(c);
      for (RevCommit p : c.getParents()) {
        if (!rank.containsKey(p)) {
          todo.push(p);
        }
      }
    }
  }

  /** N when a commit's first line ends with {@code (#N)}, as GitHub's squash merges write it. */
  static Optional<Integer> pullRequestNumber(String firstLine) {
    Matcher m = SQUASH_MERGE.matcher(firstLine);
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  /** The rank of a commit dev or master reaches; null for any other commit. */
  Integer rank(RevCommit c) {
    return rank.get(c);
  }

  boolean onDev(RevCommit c) {
    Integer r = rank.get(c);
    return r != null && r != MASTER_ONLY;
  }

  /**
   * The dev commit that merged {@code head} (dev reaches it), i.e. the first-parent commit of its
   * rank.
   */
  RevCommit mergedBy(RevCommit head) {
    return firstParents.get(rank.get(head));
  }

  /** The dev commit that squash-merged pull request {@code number}, if any. */
  Optional<RevCommit> squashMerge(int number) {
    return Optional.ofNullable(squashMerges.get(number));
  }

  int squashMergeCount() {
    return squashMerges.size();
  }

  int size() {
    return rank.size();
  }
}
