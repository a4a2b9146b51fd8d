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
import java.util.TreeSet;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
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
      for (FolderDiff d : folderDiffs(reader, was, is)) {
        changes.add(
            new FolderChange(
                kind,
                d.name(),
                d.before() == null ? null : content(reader, kind, d.name(), d.before(), parentTree),
                d.after() == null ? null : content(reader, kind, d.name(), d.after(), tree)));
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

  /** A connector folder whose tree differs between two versions of its kind folder. */
  private record FolderDiff(String name, ObjectId before, ObjectId after) {}

  /**
   * The folders whose trees differ between two versions of a kind folder (null: absent), by name.
   * Both trees are read side by side and only differing entries are looked at, as {@code git diff
   * --raw} does: a kind folder holds an entry per connector, so listing both in full at each commit
   * made the walk grow with commits times connectors (307 s at 100× the connectors, where git log
   * --raw takes 16 s).
   */
  private static List<FolderDiff> folderDiffs(ObjectReader reader, ObjectId was, ObjectId is)
      throws IOException {
    List<FolderDiff> diffs = new ArrayList<>();
    try (TreeWalk walk = new TreeWalk(reader)) {
      walk.addTree(
          was == null ? new EmptyTreeIterator() : new CanonicalTreeParser(null, reader, was));
      walk.addTree(
          is == null ? new EmptyTreeIterator() : new CanonicalTreeParser(null, reader, is));
      walk.setRecursive(false);
      walk.setFilter(TreeFilter.ANY_DIFF);
      while (walk.next()) {
        ObjectId before = walk.getFileMode(0) == FileMode.TREE ? walk.getObjectId(0) : null;
        ObjectId after = walk.getFileMode(1) == FileMode.TREE ? walk.getObjectId(1) : null;
        if (!Objects.equals(before, after)) {
          diffs.add(new FolderDiff(walk.getNameString(), before, after));
        }
      }
    }
    // In name order, as the folders were listed before (git orders a tree's entries otherwise).
    diffs.sort(Comparator.comparing(FolderDiff::name));
    return diffs;
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
