package census.git;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.lib.TextProgressMonitor;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.storage.file.WindowCacheConfig;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.transport.URIish;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a bare mirror of the connectors repository in the work folder: every branch and every
 * pull-request head. The first sync creates it; later syncs fetch only what is new.
 */
public final class RepositorySync {
  public static final String DEFAULT_REPO =
      "https://github.com/microsoft/PowerPlatformConnectors.git";
  public static final String MIRROR = "repo.git";
  static final List<RefSpec> REF_SPECS =
      List.of(
          new RefSpec("+refs/heads/*:refs/heads/*"),
          new RefSpec("+refs/pull/*/head:refs/pull/*/head"));
  private static final Logger LOG = LoggerFactory.getLogger(RepositorySync.class);

  private static boolean cachesConfigured;

  private final int attempts;
  private final long firstBackoffMillis;

  public RepositorySync() {
    this(4, 2_000);
  }

  RepositorySync(int attempts, long firstBackoffMillis) {
    this.attempts = attempts;
    this.firstBackoffMillis = firstBackoffMillis;
  }

  /** What a sync did. */
  public record Result(Path mirror, boolean created, int refsUpdated, String devTip) {}

  /** The bare mirror inside a work folder. */
  public static Path mirror(Path workdir) {
    return workdir.resolve(MIRROR);
  }

  public static Repository open(Path workdir) throws IOException {
    configureCaches();
    Path mirror = mirror(workdir);
    if (!Files.isDirectory(mirror)) {
      throw new IOException("no repository at " + mirror + "; run `census sync` first");
    }
    return new FileRepositoryBuilder().setGitDir(mirror.toFile()).setMustExist(true).build();
  }

  /**
   * JGit's default caches (10 MB of pack windows and of delta bases) make it re-inflate the same
   * delta chains for every connector; a crawl reads the same packs thousands of times.
   */
  private static synchronized void configureCaches() {
    if (cachesConfigured) {
      return;
    }
    WindowCacheConfig config = new WindowCacheConfig();
    config.setPackedGitLimit(512L * 1024 * 1024);
    config.setPackedGitWindowSize(64 * 1024);
    config.setDeltaBaseCacheLimit(256 * 1024 * 1024);
    config.setStreamFileThreshold(16 * 1024 * 1024);
    config.install();
    cachesConfigured = true;
  }

  /**
   * Fetches {@code source} (a git URL, a local repository path or a .bundle file) into the work
   * folder's mirror, retrying transport failures with exponential backoff.
   */
  @SuppressWarnings("try") // the init command's Git is only closed
  public Result sync(String source, Path workdir) throws IOException {
    Path mirror = mirror(workdir);
    boolean created = !Files.isDirectory(mirror);
    if (created) {
      Files.createDirectories(workdir);
      try (Git git = Git.init().setBare(true).setGitDir(mirror.toFile()).call()) {
        LOG.info("created mirror {}", mirror);
      } catch (GitAPIException e) {
        throw new IOException("cannot create " + mirror, e);
      }
    }
    String uri = remoteUri(source);
    try (Repository repo = open(workdir);
        Git git = new Git(repo)) {
      StoredConfig config = repo.getConfig();
      config.setString("remote", "origin", "url", uri);
      config.setStringList(
          "remote", "origin", "fetch", REF_SPECS.stream().map(RefSpec::toString).toList());
      config.save();
      FetchResult fetched = fetchWithRetry(git, uri);
      ObjectId dev = repo.resolve(Constants.R_HEADS + "dev");
      return new Result(
          mirror, created, fetched.getTrackingRefUpdates().size(), dev == null ? null : dev.name());
    }
  }

  private FetchResult fetchWithRetry(Git git, String uri) throws IOException {
    ProgressMonitor progress =
        new TextProgressMonitor(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    long backoff = firstBackoffMillis;
    for (int attempt = 1; ; attempt++) {
      try {
        return git.fetch()
            .setRemote("origin")
            .setRefSpecs(REF_SPECS)
            .setRemoveDeletedRefs(true)
            .setTagOpt(TagOpt.NO_TAGS)
            .setProgressMonitor(progress)
            .call();
      } catch (TransportException e) {
        if (attempt >= attempts) {
          throw new IOException(
              "fetch from " + uri + " failed after " + attempt + " attempts: " + e.getMessage(), e);
        }
        LOG.warn(
            "fetch from {} failed (attempt {} of {}): {}; retrying in {} ms",
            uri,
            attempt,
            attempts,
            e.getMessage(),
            backoff);
        sleep(backoff);
        backoff *= 2;
      } catch (GitAPIException e) {
        throw new IOException("fetch from " + uri + " failed: " + e.getMessage(), e);
      }
    }
  }

  /** A URL stays as it is; a local path (folder or bundle file) becomes an absolute path. */
  static String remoteUri(String source) {
    if (source.contains("://")) {
      try {
        return new URIish(source).toString();
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("not a git URL: " + source, e);
      }
    }
    Path local = Path.of(source).toAbsolutePath().normalize();
    if (!Files.exists(local)) {
      throw new UncheckedIOException(new IOException("no repository or bundle at " + local));
    }
    return local.toString();
  }

  private static void sleep(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting to retry", e);
    }
  }
}
