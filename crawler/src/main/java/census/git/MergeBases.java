package census.git;

import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

/** The merge-base of two commits: what a branch's changes are measured from, as GitHub does. */
public final class MergeBases {
  private MergeBases() {}

  /** The best common ancestor of {@code a} and {@code b}; empty when they share no history. */
  public static Optional<RevCommit> of(Repository repository, AnyObjectId a, AnyObjectId b)
      throws IOException {
    try (RevWalk walk = new RevWalk(repository)) {
      walk.setRevFilter(RevFilter.MERGE_BASE);
      walk.markStart(walk.parseCommit(a));
      walk.markStart(walk.parseCommit(b));
      RevCommit base = walk.next();
      return base == null ? Optional.empty() : Optional.of(walk.parseCommit(base));
    }
  }
}
