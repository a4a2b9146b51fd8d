package census.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Builds a real bare git repository for tests, commit by commit, without a working tree: files are
 * staged in memory per branch and written as git objects on {@link #commit}.
 */
public final class FixtureRepo implements AutoCloseable {
  private final Repository repo;
  private final Map<String, TreeMap<String, byte[]>> branches = new HashMap<>();
  private final Map<String, ObjectId> heads = new HashMap<>();
  private String branch = "dev";
  private long clock = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();

  private FixtureRepo(Repository repo) {
    this.repo = repo;
    branches.put(branch, new TreeMap<>());
  }

  /** A new bare repository at {@code dir}, on branch {@code dev}. */
  public static FixtureRepo create(Path dir) throws IOException {
    Repository repo = new FileRepositoryBuilder().setGitDir(dir.toFile()).setBare().build();
    repo.create(true);
    return new FixtureRepo(repo);
  }

  public Path path() {
    return repo.getDirectory().toPath();
  }

  public Repository repository() {
    return repo;
  }

  /** Stages a file on the current branch. */
  public FixtureRepo write(String path, String content) {
    return write(path, content.getBytes(StandardCharsets.UTF_8));
  }

  public FixtureRepo write(String path, byte[] content) {
    branches.get(branch).put(path, content);
    return this;
  }

  /** Stages every file of a connector folder. */
  public FixtureRepo write(String folderPath, ConnectorFixture connector) {
    connector.files().forEach((name, bytes) -> write(folderPath + "/" + name, bytes));
    return this;
  }

  /** Removes a file, or every file under a folder, from the current branch. */
  public FixtureRepo delete(String path) {
    branches.get(branch).keySet().removeIf(p -> p.equals(path) || p.startsWith(path + "/"));
    return this;
  }

  /** Moves every file under a folder to another folder. */
  public FixtureRepo rename(String from, String to) {
    TreeMap<String, byte[]> files = branches.get(branch);
    Map<String, byte[]> moved = new TreeMap<>();
    files
        .entrySet()
        .removeIf(
            e -> {
              if (e.getKey().startsWith(from + "/")) {
                moved.put(to + e.getKey().substring(from.length()), e.getValue());
                return true;
              }
              return false;
            });
    files.putAll(moved);
    return this;
  }

  /** Commits the staged files on the current branch, one simulated day after the last commit. */
  public ObjectId commit(String message) throws IOException {
    return commit(message, "Fixture Author");
  }

  public ObjectId commit(String message, String author, ObjectId... extraParents)
      throws IOException {
    List<ObjectId> parents = new ArrayList<>();
    if (heads.containsKey(branch)) {
      parents.add(heads.get(branch));
    }
    parents.addAll(List.of(extraParents));
    clock += 86_400;
    try (ObjectInserter inserter = repo.newObjectInserter()) {
      DirCache index = DirCache.newInCore();
      DirCacheBuilder builder = index.builder();
      for (Map.Entry<String, byte[]> file : branches.get(branch).entrySet()) {
        DirCacheEntry entry = new DirCacheEntry(file.getKey());
        entry.setFileMode(FileMode.REGULAR_FILE);
        entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, file.getValue()));
        builder.add(entry);
      }
      builder.finish();
      ObjectId tree = index.writeTree(inserter);
      PersonIdent who =
          new PersonIdent(
              author,
              author.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.com",
              Instant.ofEpochSecond(clock),
              ZoneOffset.UTC);
      CommitBuilder commit = new CommitBuilder();
      commit.setTreeId(tree);
      commit.setParentIds(parents);
      commit.setAuthor(who);
      commit.setCommitter(who);
      commit.setMessage(message);
      ObjectId id = inserter.insert(commit);
      inserter.flush();
      heads.put(branch, id);
      setRef(Constants.R_HEADS + branch, id);
      return id;
    }
  }

  /** Starts a branch from the current branch's files and head, and switches to it. */
  public FixtureRepo branch(String name) {
    branches.put(name, new TreeMap<>(branches.get(branch)));
    if (heads.containsKey(branch)) {
      heads.put(name, heads.get(branch));
    }
    branch = name;
    return this;
  }

  /** Switches to an existing branch. */
  public FixtureRepo checkout(String name) {
    if (!branches.containsKey(name)) {
      throw new IllegalArgumentException("no branch " + name);
    }
    branch = name;
    return this;
  }

  /** Points {@code refs/pull/N/head} at a commit, as GitHub does for pull requests. */
  public FixtureRepo pullRequest(int number, ObjectId head) throws IOException {
    setRef("refs/pull/" + number + "/head", head);
    return this;
  }

  public ObjectId head(String branchName) {
    return heads.get(branchName);
  }

  private void setRef(String name, ObjectId id) throws IOException {
    RefUpdate update = repo.updateRef(name);
    update.setNewObjectId(id);
    update.setForceUpdate(true);
    RefUpdate.Result result = update.update();
    if (result != RefUpdate.Result.NEW
        && result != RefUpdate.Result.FORCED
        && result != RefUpdate.Result.FAST_FORWARD
        && result != RefUpdate.Result.NO_CHANGE) {
      throw new IOException("cannot set " + name + ": " + result);
    }
  }

  @Override
  public void close() {
    repo.close();
  }
}
