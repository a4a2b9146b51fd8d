package census.bench;

import census.model.ConnectorKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.internal.storage.pack.DeltaIndex;
import org.eclipse.jgit.lib.BatchRefUpdate;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.ReceiveCommand;

/**
 * Writes a bare repository's objects into one pack, with no working tree and no index: the current
 * tree of {@code dev} is held as one tree id per connector folder, so a commit re-hashes only the
 * folders it changes, their kind folder and the root. Objects already written are not written again
 * (a squash commit shares its pull request's tree).
 *
 * <p>The root tree and the kind folders' trees are stored as deltas against the previous version of
 * the same path, up to {@code maxDeltaDepth} deltas in a chain (git's default is 50), as git stores
 * them: the kind folders are flat, so each version is one entry per connector, and whole they would
 * grow the pack with connectors × commits. Blobs and connector folders are stored whole: their
 * versions grow with the edits only.
 */
final class RepositoryWriter implements AutoCloseable {
  static final int DELTA_DEPTH = 50;

  /** Git orders a tree's entries by name, a subtree's name as if it ended in '/'. */
  private static final Comparator<Entry> GIT_ORDER =
      Comparator.comparing(Entry::sortKey, Arrays::compareUnsigned);

  /** The same order for a folder of subtrees, kept by its map so it is never sorted again. */
  private static final Comparator<String> SUBTREE_ORDER =
      Comparator.comparing(
          name -> (name + "/").getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned);

  private record Entry(String name, FileMode mode, ObjectId id) {
    byte[] sortKey() {
      return (mode == FileMode.TREE ? name + "/" : name).getBytes(StandardCharsets.UTF_8);
    }
  }

  /** The last version written of a tree path: the base of the next version's delta. */
  private static final class Version {
    final long offset;
    final int depth;
    final byte[] data;
    private DeltaIndex index;

    Version(long offset, int depth, byte[] data) {
      this.offset = offset;
      this.depth = depth;
      this.data = data;
    }

    DeltaIndex index() {
      if (index == null) {
        index = new DeltaIndex(data);
      }
      return index;
    }
  }

  private final FileRepository repo;
  private final int maxDeltaDepth;
  private final PackFileWriter pack;
  private final ObjectInserter.Formatter ids = new ObjectInserter.Formatter();
  private final Map<String, Version> versions = new HashMap<>();
  private final ByteArrayOutputStream delta = new ByteArrayOutputStream();
  private final Map<ConnectorKind, TreeMap<String, ObjectId>> folders =
      new EnumMap<>(ConnectorKind.class);
  private final Map<ConnectorKind, ObjectId> kindTrees = new EnumMap<>(ConnectorKind.class);
  private final List<Entry> rootFiles = new ArrayList<>();

  /** {@code maxDeltaDepth} 0: every object whole. */
  RepositoryWriter(FileRepository repo, int maxDeltaDepth) throws IOException {
    this.repo = repo;
    this.maxDeltaDepth = maxDeltaDepth;
    this.pack = new PackFileWriter(repo.getObjectDatabase().getDirectory().toPath());
    for (ConnectorKind kind : ConnectorKind.values()) {
      folders.put(kind, new TreeMap<>(SUBTREE_ORDER));
    }
  }

  /** A file at the root of every commit, e.g. README.md. */
  void rootFile(String name, byte[] content) throws IOException {
    rootFiles.add(new Entry(name, FileMode.REGULAR_FILE, blob(content)));
  }

  /** A folder of files at the root of every commit, e.g. schemas/. */
  void rootFolder(String name, Map<String, byte[]> files) throws IOException {
    rootFiles.add(new Entry(name, FileMode.TREE, folderTree(files)));
  }

  /** Writes a connector folder's files and returns its tree id. */
  ObjectId folderTree(Map<String, byte[]> files) throws IOException {
    List<Entry> entries = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      entries.add(new Entry(file.getKey(), FileMode.REGULAR_FILE, blob(file.getValue())));
    }
    entries.sort(GIT_ORDER);
    return tree(entries);
  }

  /** Sets ({@code tree} non-null) or removes a connector folder on dev. */
  void put(ConnectorKind kind, String folder, ObjectId tree) {
    if (tree == null) {
      folders.get(kind).remove(folder);
    } else {
      folders.get(kind).put(folder, tree);
    }
    kindTrees.remove(kind);
  }

  /** Dev's root tree. */
  ObjectId root() throws IOException {
    return rootWith(Map.of());
  }

  /**
   * The root tree dev would have with some folders set or removed (null), leaving dev as it is: a
   * pull request's tree.
   */
  ObjectId rootWith(Map<ConnectorKind, Map<String, ObjectId>> changes) throws IOException {
    List<Entry> entries = new ArrayList<>(rootFiles);
    for (ConnectorKind kind : ConnectorKind.values()) {
      Map<String, ObjectId> changed = changes.getOrDefault(kind, Map.of());
      ObjectId tree = changed.isEmpty() ? kindTrees.get(kind) : null;
      if (tree == null) {
        TreeMap<String, ObjectId> children = folders.get(kind);
        if (!changed.isEmpty()) {
          children = new TreeMap<>(children);
          for (Map.Entry<String, ObjectId> change : changed.entrySet()) {
            if (change.getValue() == null) {
              children.remove(change.getKey());
            } else {
              children.put(change.getKey(), change.getValue());
            }
          }
        }
        tree = children.isEmpty() ? null : kindTree(kind, children);
        if (changed.isEmpty() && tree != null) {
          kindTrees.put(kind, tree);
        }
      }
      if (tree != null) {
        entries.add(new Entry(kind.topFolder(), FileMode.TREE, tree));
      }
    }
    entries.sort(GIT_ORDER);
    return tree(entries, "");
  }

  private ObjectId kindTree(ConnectorKind kind, Map<String, ObjectId> children) throws IOException {
    List<Entry> entries = new ArrayList<>(children.size());
    children.forEach((name, id) -> entries.add(new Entry(name, FileMode.TREE, id)));
    return tree(entries, kind.topFolder());
  }

  ObjectId commit(ObjectId tree, List<ObjectId> parents, PersonIdent author, String message)
      throws IOException {
    CommitBuilder commit = new CommitBuilder();
    commit.setTreeId(tree);
    commit.setParentIds(parents);
    commit.setAuthor(author);
    commit.setCommitter(author);
    commit.setMessage(message);
    return insert(Constants.OBJ_COMMIT, commit.build(), null);
  }

  private ObjectId blob(byte[] content) throws IOException {
    return insert(Constants.OBJ_BLOB, content, null);
  }

  /** Writes a tree of entries already in git's order; {@code path} null: no delta. */
  private ObjectId tree(List<Entry> entries, String path) throws IOException {
    TreeFormatter formatter = new TreeFormatter();
    for (Entry entry : entries) {
      formatter.append(entry.name(), entry.mode(), entry.id());
    }
    return insert(Constants.OBJ_TREE, formatter.toByteArray(), path);
  }

  private ObjectId tree(List<Entry> entries) throws IOException {
    return tree(entries, null);
  }

  /**
   * Writes an object unless written before; a version of {@code path} as a delta against the
   * previous one when the chain is short enough and the delta under half the object's size.
   */
  private ObjectId insert(int type, byte[] data, String path) throws IOException {
    ObjectId id = ids.idFor(type, data);
    if (pack.contains(id)) {
      return id;
    }
    Version base = path == null ? null : versions.get(path);
    delta.reset();
    if (base != null
        && base.depth < maxDeltaDepth
        && base.index().encode(delta, data, data.length / 2)) {
      long offset = pack.delta(id, base.offset, delta.toByteArray());
      versions.put(path, new Version(offset, base.depth + 1, data));
    } else {
      long offset = pack.whole(id, type, data);
      if (path != null) {
        versions.put(path, new Version(offset, 0, data));
      }
    }
    return id;
  }

  /** Writes the pack, then the refs (one packed-refs file) and HEAD, which names dev. */
  void finish(Map<String, ObjectId> refs) throws IOException {
    repo.getObjectDatabase().openPack(pack.finish().toFile());
    BatchRefUpdate batch = repo.getRefDatabase().newBatchUpdate().setAtomic(true);
    refs.forEach((name, id) -> batch.addCommand(new ReceiveCommand(ObjectId.zeroId(), id, name)));
    try (RevWalk walk = new RevWalk(repo)) {
      batch.execute(walk, NullProgressMonitor.INSTANCE);
    }
    for (ReceiveCommand command : batch.getCommands()) {
      if (command.getResult() != ReceiveCommand.Result.OK) {
        throw new IOException("cannot set " + command.getRefName() + ": " + command.getResult());
      }
    }
    repo.updateRef(Constants.HEAD).link(Constants.R_HEADS + "dev");
  }

  @Override
  public void close() throws IOException {
    pack.close();
  }
}
