package census.history;

import census.connector.ConnectorFolder;
import census.connector.FileRef;
import census.git.ConnectorTrees;
import census.model.ConnectorKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks every commit reachable from a tip, oldest first in topological order, and lists the
 * connector folders each one changed against its first parent. Only tree objects are read: the
 * three kind folders' tree ids are compared first, then the ids of the folders inside a kind folder
 * that changed, so a commit that touches no connector costs three tree lookups.
 */
final class HistoryWalk {
  private static final Logger LOG = LoggerFactory.getLogger(HistoryWalk.class);
  private static final int TREE_CACHE = 64;

  /** A connector folder that differs from the first parent; null before means added. */
  record FolderChange(ConnectorKind kind, String name, Content before, Content after) {
    String path() {
      return kind.topFolder() + "/" + name;
    }
  }

  /** One commit that changed at least one connector folder. */
  record CommitChanges(
      String commitId, Instant time, String author, ObjectId tree, List<FolderChange> changes) {}

  /**
   * A distinct folder content: the folder as first seen (for reading its files) and the commit tree
   * it was first seen in (for repository files the rules read, such as the JSON Schemas).
   */
  record Content(String hash, ConnectorFolder folder, ObjectId commitTree) {
    Set<String> blobs() {
      TreeSet<String> blobs = new TreeSet<>();
      folder.files().forEach(f -> blobs.add(f.blobId()));
      return blobs;
    }

    /** The blobs of the definition and apiProperties.json, what a flow's contract comes from. */
    List<String> apiFiles() {
      return java.util.Arrays.asList(
          swaggerBlob(), folder.propertiesFile().map(FileRef::blobId).orElse(null));
    }

    String swaggerBlob() {
      return folder.swaggerFile().map(FileRef::blobId).orElse(null);
    }
  }

  /** What the walk found: the commits in order, and warnings about what it had to skip. */
  record Result(
      List<CommitChanges> commits, int commitsWalked, int contents, List<String> warnings) {}

  private final Repository repository;
  private final ConnectorTrees trees;
  private final Map<ObjectId, Map<ConnectorKind, ObjectId>> kindTrees = lru();
  private final Map<ObjectId, SortedMap<String, ObjectId>> folderTrees = lru();
  private final Map<String, Content> contents = new HashMap<>();

  HistoryWalk(Repository repository) {
    this.repository = repository;
    this.trees = new ConnectorTrees(repository);
  }

  /** Walks the commits reachable from {@code tip} and not from {@code since} (null: all). */
  Result walk(ObjectId tip, ObjectId since) throws IOException {
    List<CommitChanges> commits = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    int walked = 0;
    long start = System.nanoTime();
    try (RevWalk walk = new RevWalk(repository);
        ObjectReader reader = repository.newObjectReader()) {
      walk.sort(RevSort.TOPO, true);
      walk.sort(RevSort.REVERSE, true);
      walk.markStart(walk.parseCommit(tip));
      if (since != null) {
        walk.markUninteresting(walk.parseCommit(since));
      }
      for (RevCommit commit : walk) {
        walked++;
        try {
          RevCommit parent = commit.getParentCount() == 0 ? null : commit.getParent(0);
          if (parent != null) {
            walk.parseHeaders(parent);
          }
          List<FolderChange> changes =
              changes(reader, parent == null ? null : parent.getTree(), commit.getTree());
          if (!changes.isEmpty()) {
            commits.add(
                new CommitChanges(
                    commit.name(),
                    Instant.ofEpochSecond(commit.getCommitTime()),
                    Objects.toString(commit.getAuthorIdent().getName(), ""),
                    commit.getTree(),
                    changes));
          }
        } catch (IOException | RuntimeException e) {
          // A commit whose trees cannot be read is skipped; its successors are compared with
          // their own parents, so nothing else is lost.
          String warning = "commit " + commit.name() + " skipped: " + e;
          LOG.warn(warning);
          warnings.add(warning);
        }
        if (walked % 500 == 0) {
          LOG.info("history: {} commits walked, {} folder contents", walked, contents.size());
        }
      }
    }
    LOG.info(
        "history: {} commits walked, {} folder contents in {} ms",
        walked,
        contents.size(),
        (System.nanoTime() - start) / 1_000_000);
    return new Result(commits, walked, contents.size(), warnings);
  }

  private List<FolderChange> changes(ObjectReader reader, ObjectId parentTree, ObjectId tree)
      throws IOException {
    Map<ConnectorKind, ObjectId> before =
        parentTree == null ? Map.of() : kindTrees(reader, parentTree);
    Map<ConnectorKind, ObjectId> after = kindTrees(reader, tree);
    List<FolderChange> changes = new ArrayList<>();
    for (ConnectorKind kind : ConnectorKind.values()) {
      ObjectId was = before.get(kind);
      ObjectId is = after.get(kind);
      if (Objects.equals(was, is)) {
        continue;
      }
      SortedMap<String, ObjectId> old = was == null ? new TreeMap<>() : folderTrees(reader, was);
      SortedMap<String, ObjectId> now = is == null ? new TreeMap<>() : folderTrees(reader, is);
      TreeSet<String> names = new TreeSet<>(old.keySet());
      names.addAll(now.keySet());
      for (String name : names) {
        ObjectId a = old.get(name);
        ObjectId b = now.get(name);
        if (!Objects.equals(a, b)) {
          changes.add(
              new FolderChange(
                  kind,
                  name,
                  a == null ? null : content(reader, kind, name, a, parentTree),
                  b == null ? null : content(reader, kind, name, b, tree)));
        }
      }
    }
    return changes;
  }

  /** The content of a folder tree, listed once per tree id and kind. */
  private Content content(
      ObjectReader reader,
      ConnectorKind kind,
      String name,
      ObjectId folderTree,
      ObjectId commitTree)
      throws IOException {
    String key = kind.id() + ":" + folderTree.name();
    Content known = contents.get(key);
    if (known != null) {
      return known;
    }
    ConnectorFolder folder = trees.folder(reader, kind, name, folderTree);
    Content content = new Content(contentHash(kind, folder.files()), folder, commitTree);
    contents.put(key, content);
    return content;
  }

  /**
   * The content hash: the kind (the rules that apply depend on it) and every file path with its
   * blob id, sorted by path.
   */
  static String contentHash(ConnectorKind kind, List<FileRef> files) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((kind.id() + "\n").getBytes(StandardCharsets.UTF_8));
      List<FileRef> sorted = new ArrayList<>(files);
      sorted.sort(Comparator.comparing(FileRef::name));
      for (FileRef f : sorted) {
        sha.update((f.name() + "\0" + f.blobId() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return java.util.HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<ConnectorKind, ObjectId> kindTrees(ObjectReader reader, ObjectId tree)
      throws IOException {
    Map<ConnectorKind, ObjectId> cached = kindTrees.get(tree);
    if (cached == null) {
      cached = ConnectorTrees.kindTrees(reader, tree);
      kindTrees.put(tree.copy(), cached);
    }
    return cached;
  }

  private SortedMap<String, ObjectId> folderTrees(ObjectReader reader, ObjectId kindTree)
      throws IOException {
    SortedMap<String, ObjectId> cached = folderTrees.get(kindTree);
    if (cached == null) {
      cached = ConnectorTrees.folderTrees(reader, kindTree);
      folderTrees.put(kindTree.copy(), cached);
    }
    return cached;
  }

  private static <K, V> Map<K, V> lru() {
    return new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > TREE_CACHE;
      }
    };
  }
}
