package census.lint;

import census.connector.ConnectorContext;
import census.connector.ConnectorFolder;
import census.connector.DiskFolders;
import census.connector.FileRef;
import census.connector.RepositoryView;
import census.git.ConnectorTrees;
import census.git.GitFileContents;
import census.git.MergeBases;
import census.rules.Finding;
import census.rules.FindingKey;
import census.rules.RuleEngine;
import census.rules.files.ApiPropertiesSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.errors.NoWorkTreeException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * {@code census lint --new-from-rev REF}: the base is the merge-base of REF and HEAD in the
 * checkout around the lint targets; each target's version there is read from git objects, as the
 * crawl reads folders, and checked with the same engine and the working tree's configuration (the
 * base's own .census.json is not read: a configuration change alone makes no finding new), so its
 * findings' keys tell which findings of the working tree are new.
 */
final class NewFromRev implements AutoCloseable {
  private final Repository repository;
  private final Path workTree;
  private final ConnectorTrees trees;
  private final RevTree baseTree;
  private final String description;
  private final RuleEngine engine;
  private final LintConfig config;
  private final Map<String, RepositoryView> views = new ConcurrentHashMap<>();

  private NewFromRev(
      Repository repository,
      Path workTree,
      RevCommit base,
      String ref,
      RuleEngine engine,
      LintConfig config) {
    this.repository = repository;
    this.workTree = workTree;
    this.trees = new ConnectorTrees(repository);
    this.baseTree = base.getTree();
    this.description = "the merge-base " + base.abbreviate(7).name() + " of " + ref + " and HEAD";
    this.engine = engine;
    this.config = config;
  }

  /**
   * The merge-base of {@code ref} and HEAD in the git checkout around {@code targets}.
   *
   * @throws IllegalArgumentException when there is no checkout, a target lies outside it, or {@code
   *     ref} does not name a commit with history in common with HEAD
   */
  static NewFromRev open(String ref, List<Path> paths, RuleEngine engine, LintConfig config)
      throws IOException {
    Path first = paths.get(0).toAbsolutePath().normalize();
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(first.toFile());
    if (builder.getGitDir() == null) {
      throw new IllegalArgumentException(
          "--new-from-rev: " + paths.get(0) + " is not in a git checkout");
    }
    Repository repository = builder.setMustExist(true).build();
    try {
      Path workTree = repository.getWorkTree().toPath().toRealPath();
      for (Path path : paths) {
        if (!path.toRealPath().startsWith(workTree)) {
          throw new IllegalArgumentException(
              "--new-from-rev: " + path + " is outside the git checkout " + workTree);
        }
      }
      RevCommit base = mergeBase(repository, ref);
      return new NewFromRev(repository, workTree, base, ref, engine, config);
    } catch (NoWorkTreeException e) {
      repository.close();
      throw new IllegalArgumentException(
          "--new-from-rev: " + repository.getDirectory() + " is a bare repository", e);
    } catch (IOException | RuntimeException e) {
      repository.close();
      throw e;
    }
  }

  private static RevCommit mergeBase(Repository repository, String ref) throws IOException {
    ObjectId commit;
    ObjectId head;
    try {
      commit = repository.resolve(ref + "^{commit}");
      head = repository.resolve(Constants.HEAD + "^{commit}");
    } catch (RevisionSyntaxException e) {
      commit = null;
      head = null;
    }
    if (commit == null) {
      throw new IllegalArgumentException("--new-from-rev: '" + ref + "' names no commit");
    }
    if (head == null) {
      throw new IllegalArgumentException("--new-from-rev: HEAD names no commit");
    }
    return MergeBases.of(repository, commit, head)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "--new-from-rev: '" + ref + "' and HEAD have no commit in common"));
  }

  /** What the base is, for the report. */
  String description() {
    return description;
  }

  /**
   * The keys of the findings of the folder's version at the base; none when it is absent. A folder
   * whose files, and the repository schema its rules read, are byte for byte as at the base has the
   * findings it has now, so it is not checked again: most folders of a checkout are unchanged.
   */
  List<FindingKey> keys(KeyedFindings.Folder folder) {
    LintTarget target = folder.target();
    try {
      Optional<ConnectorFolder> atBase = folderAtBase(target);
      if (atBase.isEmpty()) {
        return List.of();
      }
      RepositoryView view = view(target);
      if (sameFiles(target.folder(), atBase.get())
          && sameFile(target.repository(), view, ApiPropertiesSchema.SCHEMA_PATH)) {
        return folder.keys();
      }
      ConnectorContext context = new ConnectorContext(atBase.get(), view);
      List<Finding> found = engine.check(context, config.rules(target));
      return KeyedFindings.keys(context, found);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + target.location() + " at the base", e);
    }
  }

  /** Whether the folder on disk holds the same files as the folder at the base (blob ids). */
  private static boolean sameFiles(ConnectorFolder disk, ConnectorFolder atBase) {
    if (disk.files().size() != atBase.files().size()) {
      return false;
    }
    ObjectInserter.Formatter blobIds = new ObjectInserter.Formatter();
    for (int i = 0; i < disk.files().size(); i++) {
      FileRef now = disk.files().get(i);
      FileRef then = atBase.files().get(i);
      if (!now.name().equals(then.name()) || now.size() != then.size()) {
        return false;
      }
      try {
        byte[] bytes = disk.contents().read(now, now.size());
        if (!blobIds.idFor(Constants.OBJ_BLOB, bytes).name().equals(then.blobId())) {
          return false;
        }
      } catch (IOException e) {
        return false; // changed while being read, or unreadable: checked at the base
      }
    }
    return true;
  }

  private static boolean sameFile(RepositoryView now, RepositoryView atBase, String path) {
    Optional<byte[]> a = now.file(path);
    Optional<byte[]> b = atBase.file(path);
    return a.isPresent() == b.isPresent() && (a.isEmpty() || Arrays.equals(a.get(), b.get()));
  }

  /** The target as it was at the base, named as on disk so path-dependent rules agree. */
  private Optional<ConnectorFolder> folderAtBase(LintTarget target) throws IOException {
    ConnectorFolder disk = target.folder();
    String path = inRepository(target.location());
    try (ObjectReader reader = repository.newObjectReader()) {
      ObjectId id;
      boolean tree;
      if (path.isEmpty()) {
        id = baseTree;
        tree = true;
      } else {
        try (TreeWalk walk = TreeWalk.forPath(reader, path, baseTree)) {
          if (walk == null) {
            return Optional.empty();
          }
          id = walk.getObjectId(0);
          tree = walk.isSubtree();
        }
      }
      if (tree == target.singleFile()) {
        return Optional.empty(); // a file then, a folder now (or the other way round)
      }
      if (target.singleFile()) {
        long size = reader.getObjectSize(id, Constants.OBJ_BLOB);
        FileRef definition = new FileRef(ConnectorFolder.SWAGGER, id.name(), size);
        return Optional.of(
            new ConnectorFolder(
                disk.kind(),
                disk.folder(),
                disk.path(),
                List.of(definition),
                new GitFileContents(repository)));
      }
      ConnectorFolder git = trees.folder(reader, disk.kind(), disk.folder(), id);
      return Optional.of(
          new ConnectorFolder(
              disk.kind(), disk.folder(), disk.path(), git.files(), git.contents()));
    }
  }

  /** The repository files at the base, seen from where the target's checkout has schemas/. */
  private RepositoryView view(LintTarget target) {
    Optional<Path> root = DiskFolders.repositoryRoot(target.location());
    String prefix = root.isEmpty() ? ".." : inRepository(root.get());
    if (prefix.equals("..") || prefix.startsWith("../")) {
      return RepositoryView.EMPTY; // no schemas/ inside the checkout
    }
    return views.computeIfAbsent(
        prefix,
        p -> {
          RepositoryView atBase = trees.view(baseTree);
          RepositoryView view = p.isEmpty() ? atBase : file -> atBase.file(p + "/" + file);
          return view.memoized();
        });
  }

  /** A path on disk as a path in the repository's trees (forward slashes, "" for the root). */
  private String inRepository(Path path) {
    Path real;
    try {
      real = path.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return workTree.relativize(real).toString().replace(real.getFileSystem().getSeparator(), "/");
  }

  @Override
  public void close() {
    repository.close();
  }
}
