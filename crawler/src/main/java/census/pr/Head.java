package census.pr;

import census.connector.ConnectorFolder;
import census.connector.DiskFolders;
import census.connector.RepositoryView;
import census.git.ConnectorTrees;
import census.model.ConnectorKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The version of the repository a review judges: a commit (a pull request's head in the mirror) or
 * a checkout's working tree (an author before pushing), compared with the base's tree.
 */
sealed interface Head {
  /** A file the head changes against the base: added, modified or deleted. */
  record Changed(String path, String change) {}

  String describe();

  /** Every file that differs from {@code base}, by repository path. */
  List<Changed> changes(RevTree base) throws IOException;

  /** The connector folder at {@code path} (kind folder / name) in the head, if there is one. */
  Optional<ConnectorFolder> folder(String path) throws IOException;

  /** The head's repository files (the JSON Schemas rules read). */
  RepositoryView view();

  /** A commit's tree. */
  record Commit(Repository repository, RevCommit commit, String name) implements Head {
    @Override
    public String describe() {
      return name + " at " + commit.abbreviate(7).name();
    }

    @Override
    public List<Changed> changes(RevTree base) throws IOException {
      try (ObjectReader reader = repository.newObjectReader()) {
        return Head.changes(reader, base, treeIterator(reader, commit.getTree()));
      }
    }

    @Override
    public Optional<ConnectorFolder> folder(String path) throws IOException {
      return Head.folderIn(repository, commit.getTree(), path);
    }

    @Override
    public RepositoryView view() {
      return new ConnectorTrees(repository).view(commit.getTree()).memoized();
    }
  }

  /** A checkout's working tree, ignored files left out, uncommitted changes included. */
  record WorkTree(Repository repository, Path root) implements Head {
    @Override
    public String describe() {
      return "the working tree " + root;
    }

    @Override
    public List<Changed> changes(RevTree base) throws IOException {
      try (ObjectReader reader = repository.newObjectReader()) {
        return Head.changes(reader, base, new FileTreeIterator(repository));
      }
    }

    @Override
    public Optional<ConnectorFolder> folder(String path) throws IOException {
      Path dir = root.resolve(path);
      if (!Files.isDirectory(dir)) {
        return Optional.empty();
      }
      return Optional.of(DiskFolders.folder(dir, kindOf(path)));
    }

    @Override
    public RepositoryView view() {
      return DiskFolders.repository(root).memoized();
    }
  }

  private static AbstractTreeIterator treeIterator(ObjectReader reader, RevTree tree)
      throws IOException {
    CanonicalTreeParser parser = new CanonicalTreeParser();
    parser.reset(reader, tree);
    return parser;
  }

  private static List<Changed> changes(ObjectReader reader, RevTree base, AbstractTreeIterator head)
      throws IOException {
    List<Changed> changed = new ArrayList<>();
    try (TreeWalk walk = new TreeWalk(reader)) {
      walk.addTree(base);
      walk.addTree(head);
      walk.setFilter(TreeFilter.ANY_DIFF);
      while (walk.next()) {
        WorkingTreeIterator file =
            walk.getTree(1, AbstractTreeIterator.class) instanceof WorkingTreeIterator w ? w : null;
        boolean inBase = walk.getRawMode(0) != 0;
        boolean inHead =
            walk.getRawMode(1) != 0 && (file == null || inBase || !file.isEntryIgnored());
        if (walk.isSubtree()) {
          if (inHead || inBase) {
            walk.enterSubtree(); // an ignored folder (build output) is not entered
          }
          continue;
        }
        boolean gitlink =
            walk.getFileMode(0) == FileMode.GITLINK || walk.getFileMode(1) == FileMode.GITLINK;
        if ((!inBase && !inHead) || gitlink) {
          continue;
        }
        changed.add(
            new Changed(
                walk.getPathString(), !inBase ? "added" : !inHead ? "deleted" : "modified"));
      }
    }
    return changed;
  }

  private static Optional<ConnectorFolder> folderIn(
      Repository repository, RevTree tree, String path) throws IOException {
    try (ObjectReader reader = repository.newObjectReader();
        TreeWalk walk = TreeWalk.forPath(reader, path, tree)) {
      if (walk == null || !walk.isSubtree()) {
        return Optional.empty();
      }
      ObjectId id = walk.getObjectId(0);
      int slash = path.indexOf('/');
      return Optional.of(
          new ConnectorTrees(repository)
              .folder(reader, kindOf(path).orElseThrow(), path.substring(slash + 1), id));
    }
  }

  /** The kind of a connector folder's repository path. */
  static Optional<ConnectorKind> kindOf(String path) {
    int slash = path.indexOf('/');
    return slash < 0 ? Optional.empty() : ConnectorKind.fromTopFolder(path.substring(0, slash));
  }

  /** The base's version of a folder. */
  static Optional<ConnectorFolder> atBase(Repository repository, RevTree base, String path)
      throws IOException {
    return folderIn(repository, base, path);
  }
}
