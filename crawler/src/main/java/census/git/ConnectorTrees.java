package census.git;

import census.connector.ConnectorFolder;
import census.connector.FileRef;
import census.connector.RepositoryView;
import census.model.ConnectorKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.TreeWalk;

/** Lists the connector folders of a commit's tree, reading only tree objects. */
public final class ConnectorTrees {
  private final Repository repository;
  private final GitFileContents contents;

  public ConnectorTrees(Repository repository) {
    this.repository = repository;
    this.contents = new GitFileContents(repository);
  }

  /** Every folder directly under the three kind folders, with every file below it. */
  public List<ConnectorFolder> folders(RevTree tree) throws IOException {
    List<ConnectorFolder> folders = new ArrayList<>();
    try (ObjectReader reader = repository.newObjectReader()) {
      for (Map.Entry<String, ObjectId> entry : folderTrees(reader, tree).entrySet()) {
        folders.add(folder(reader, entry.getKey(), entry.getValue()));
      }
    }
    return folders;
  }

  /**
   * The tree id of every connector folder, keyed by repository path, reading only the three kind
   * folders' trees: enough to tell which folders changed between two commits.
   */
  public Map<String, ObjectId> folderTrees(RevTree tree) throws IOException {
    try (ObjectReader reader = repository.newObjectReader()) {
      return folderTrees(reader, tree);
    }
  }

  private static Map<String, ObjectId> folderTrees(ObjectReader reader, RevTree tree)
      throws IOException {
    Map<String, ObjectId> trees = new LinkedHashMap<>();
    for (ConnectorKind kind : ConnectorKind.values()) {
      try (TreeWalk top = TreeWalk.forPath(reader, kind.topFolder(), tree)) {
        if (top == null || !top.isSubtree()) {
          continue;
        }
        ObjectId kindTree = top.getObjectId(0);
        try (TreeWalk children = new TreeWalk(reader)) {
          children.addTree(kindTree);
          children.setRecursive(false);
          while (children.next()) {
            if (children.getFileMode(0) == FileMode.TREE) {
              trees.put(kind.topFolder() + "/" + children.getNameString(), children.getObjectId(0));
            }
          }
        }
      }
    }
    return trees;
  }

  /**
   * The connector folder at {@code path} (kind folder / name) whose tree is {@code folderTree},
   * e.g. one version of it in a pull request.
   */
  public ConnectorFolder folder(String path, ObjectId folderTree) throws IOException {
    try (ObjectReader reader = repository.newObjectReader()) {
      return folder(reader, path, folderTree);
    }
  }

  private ConnectorFolder folder(ObjectReader reader, String path, ObjectId folderTree)
      throws IOException {
    int slash = path.indexOf('/');
    ConnectorKind kind =
        ConnectorKind.fromTopFolder(slash < 0 ? path : path.substring(0, slash))
            .orElseThrow(() -> new IllegalArgumentException("not a connector folder: " + path));
    return new ConnectorFolder(
        kind, path.substring(slash + 1), path, files(reader, folderTree), contents);
  }

  /** Every blob below a connector folder's tree, with paths relative to the folder. */
  static List<FileRef> files(ObjectReader reader, ObjectId folderTree) throws IOException {
    List<FileRef> files = new ArrayList<>();
    try (TreeWalk walk = new TreeWalk(reader)) {
      walk.addTree(folderTree);
      walk.setRecursive(true);
      while (walk.next()) {
        if ((walk.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
          continue; // symlinks and submodules are not connector files
        }
        ObjectId blob = walk.getObjectId(0);
        long size;
        try {
          size = reader.getObjectSize(blob, Constants.OBJ_BLOB);
        } catch (MissingObjectException e) {
          size = -1; // a partial clone: reading it later turns into a finding
        }
        files.add(new FileRef(walk.getPathString(), blob.name(), size));
      }
    }
    return files;
  }

  /** Repository files at the same commit, for rules that need them (JSON Schemas). */
  public RepositoryView view(RevTree tree) {
    return path -> {
      try (ObjectReader reader = repository.newObjectReader();
          TreeWalk walk = TreeWalk.forPath(reader, path, tree)) {
        if (walk == null || walk.isSubtree()) {
          return Optional.empty();
        }
        FileRef ref = new FileRef(path, walk.getObjectId(0).name(), -1);
        return Optional.of(
            GitFileContents.read(reader, walk.getObjectId(0), ref, 8L * 1024 * 1024));
      } catch (IOException e) {
        return Optional.empty();
      }
    };
  }
}
