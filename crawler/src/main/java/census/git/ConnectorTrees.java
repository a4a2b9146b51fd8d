package census.git;

import census.connector.ConnectorFolder;
import census.connector.FileRef;
import census.connector.RepositoryView;
import census.model.ConnectorKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
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
      for (Map.Entry<ConnectorKind, ObjectId> kind : kindTrees(reader, tree).entrySet()) {
        for (Map.Entry<String, ObjectId> child : folderTrees(reader, kind.getValue()).entrySet()) {
          folders.add(folder(reader, kind.getKey(), child.getKey(), child.getValue()));
        }
      }
    }
    return folders;
  }

  /**
   * The tree id of each kind folder the tree holds. Equal ids mean equal content, so a history walk
   * compares these before looking inside.
   */
  public static Map<ConnectorKind, ObjectId> kindTrees(ObjectReader reader, ObjectId tree)
      throws IOException {
    Map<ConnectorKind, ObjectId> kinds = new EnumMap<>(ConnectorKind.class);
    for (ConnectorKind kind : ConnectorKind.values()) {
      try (TreeWalk top = TreeWalk.forPath(reader, kind.topFolder(), tree)) {
        if (top != null && top.isSubtree()) {
          kinds.put(kind, top.getObjectId(0));
        }
      }
    }
    return kinds;
  }

  /** The connector folders directly under a kind folder's tree: name to tree id, sorted by name. */
  private static SortedMap<String, ObjectId> folderTrees(ObjectReader reader, ObjectId kindTree)
      throws IOException {
    SortedMap<String, ObjectId> children = new TreeMap<>();
    try (TreeWalk walk = new TreeWalk(reader)) {
      walk.addTree(kindTree);
      walk.setRecursive(false);
      while (walk.next()) {
        if (walk.getFileMode(0) == FileMode.TREE) {
          children.put(walk.getNameString(), walk.getObjectId(0));
        }
      }
    }
    return children;
  }

  /**
   * The tree id of every connector folder, keyed by repository path, reading only the kind folders'
   * trees: enough to tell which folders changed between two commits.
   */
  public Map<String, ObjectId> folderTrees(RevTree tree) throws IOException {
    Map<String, ObjectId> trees = new LinkedHashMap<>();
    try (ObjectReader reader = repository.newObjectReader()) {
      for (Map.Entry<ConnectorKind, ObjectId> kind : kindTrees(reader, tree).entrySet()) {
        folderTrees(reader, kind.getValue())
            .forEach((name, id) -> trees.put(kind.getKey().topFolder() + "/" + name, id));
      }
    }
    return trees;
  }

  /** One connector folder from its repository path (kind folder / name) and tree id. */
  public ConnectorFolder folder(String path, ObjectId folderTree) throws IOException {
    int slash = path.indexOf('/');
    ConnectorKind kind =
        ConnectorKind.fromTopFolder(slash < 0 ? path : path.substring(0, slash))
            .orElseThrow(() -> new IllegalArgumentException("not a connector folder: " + path));
    try (ObjectReader reader = repository.newObjectReader()) {
      return folder(reader, kind, path.substring(slash + 1), folderTree);
    }
  }

  /** One connector folder from its tree id, with every file below it. */
  public ConnectorFolder folder(
      ObjectReader reader, ConnectorKind kind, String name, ObjectId folderTree)
      throws IOException {
    return new ConnectorFolder(
        kind, name, kind.topFolder() + "/" + name, files(reader, folderTree), contents);
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
  public RepositoryView view(ObjectId tree) {
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
