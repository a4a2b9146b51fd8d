package census.pulls;

import census.model.ConnectorKind;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The connector folders each commit changes, read by comparing tree ids only (subtrees whose ids
 * are equal are never opened). A merge changes a folder only where its version differs from every
 * parent's, as in git's combined diff: merging dev or master into a branch brings none of their
 * changes into the branch's own. Results are kept per commit, since pull requests share commits.
 */
final class FolderChanges {
  private static final TreeFilter KIND_FOLDERS =
      PathFilterGroup.createFromStrings(
          Arrays.stream(ConnectorKind.values()).map(ConnectorKind::topFolder).toList());

  private final ObjectReader reader;
  private final Map<RevCommit, Set<String>> changed = new HashMap<>();

  FolderChanges(ObjectReader reader) {
    this.reader = reader;
  }

  /** Paths (kind folder / name) of the connector folders {@code commit} changes; parents parsed. */
  Set<String> changedBy(RevCommit commit) throws IOException {
    Set<String> known = changed.get(commit);
    if (known != null) {
      return known;
    }
    Set<String> paths = new LinkedHashSet<>();
    try (TreeWalk walk = new TreeWalk(reader)) {
      walk.addTree(commit.getTree());
      for (RevCommit parent : commit.getParents()) {
        walk.addTree(parent.getTree());
      }
      walk.setRecursive(false);
      walk.setFilter(
          commit.getParentCount() == 0
              ? KIND_FOLDERS
              : AndTreeFilter.create(KIND_FOLDERS, TreeFilter.ANY_DIFF));
      while (walk.next()) {
        if (!differsFromEveryParent(walk)) {
          continue;
        }
        if (walk.getDepth() == 0) {
          if (anyTree(walk)) {
            walk.enterSubtree();
          }
        } else if (anyTree(walk)) {
          paths.add(walk.getPathString());
        }
      }
    }
    changed.put(commit, paths);
    return paths;
  }

  private static boolean differsFromEveryParent(TreeWalk walk) {
    ObjectId mine = walk.getObjectId(0);
    for (int i = 1; i < walk.getTreeCount(); i++) {
      if (walk.getObjectId(i).equals(mine)) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyTree(TreeWalk walk) {
    for (int i = 0; i < walk.getTreeCount(); i++) {
      if (walk.getFileMode(i) == FileMode.TREE) {
        return true;
      }
    }
    return false;
  }
}
