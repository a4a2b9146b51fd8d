package census.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A real git checkout (a working tree with its .git) for tests of commands that read both the files
 * on disk and the history, such as {@code census lint --new-from-rev}. {@link FixtureRepo} builds
 * bare repositories instead.
 */
public final class FixtureCheckout implements AutoCloseable {
  private final Git git;
  private long clock = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();

  private FixtureCheckout(Git git) {
    this.git = git;
  }

  /** A new repository with its working tree at {@code dir}, on branch {@code dev}. */
  public static FixtureCheckout create(Path dir) throws GitAPIException {
    return new FixtureCheckout(
        Git.init().setDirectory(dir.toFile()).setInitialBranch("dev").call());
  }

  public Path root() {
    return git.getRepository().getWorkTree().toPath();
  }

  /** Writes a file of the working tree. */
  public FixtureCheckout write(String path, String content) throws IOException {
    Path file = root().resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return this;
  }

  /** Replaces a connector folder of the working tree with {@code connector}'s files. */
  public Path write(String folderPath, ConnectorFixture connector) throws IOException {
    delete(folderPath);
    return connector.writeTo(root().resolve(folderPath));
  }

  /** Removes a file or folder from the working tree. */
  public FixtureCheckout delete(String path) throws IOException {
    Path target = root().resolve(path);
    if (Files.exists(target)) {
      try (Stream<Path> all = Files.walk(target)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    return this;
  }

  /** Commits the whole working tree, deletions included, a minute after the last commit. */
  public RevCommit commit(String message) throws GitAPIException {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    clock += 60;
    PersonIdent who =
        new PersonIdent(
            "Census Test", "test@example.com", Instant.ofEpochSecond(clock), ZoneOffset.UTC);
    return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
  }

  /** Creates {@code branch} at HEAD if it does not exist, and checks it out. */
  public FixtureCheckout checkout(String branch) throws GitAPIException {
    boolean exists =
        git.branchList().call().stream().anyMatch(r -> r.getName().equals("refs/heads/" + branch));
    git.checkout().setName(branch).setCreateBranch(!exists).call();
    return this;
  }

  @Override
  public void close() {
    git.close();
  }
}
