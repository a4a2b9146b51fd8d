package census.pr;

import census.check.Entry;
import census.check.Registry;
import census.connector.ConnectorContext;
import census.connector.ConnectorFolder;
import census.connector.RepositoryView;
import census.git.ConnectorTrees;
import census.git.MergeBases;
import census.git.RepositorySync;
import census.json.JsonDocument;
import census.lint.LintReport;
import census.match.Candidate;
import census.rules.RuleEngine;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * {@code census pr}'s Java API: a pull request of the mirror, or a checkout's working tree,
 * reviewed against the merge-base with the base branch.
 */
public final class PullRequestReviews {
  /** What the review reads besides git: the warehouse (optional) and the pull request's title. */
  public record Options(
      RuleEngine engine,
      Optional<Warehouse> warehouse,
      Optional<Path> catalog,
      Optional<String> title) {}

  private PullRequestReviews() {}

  /**
   * Pull request {@code number} of the mirror in {@code workdir}, against the merge-base of its
   * head and {@code baseBranch}.
   *
   * @throws IllegalArgumentException when the mirror has no such pull request or branch
   */
  public static Review pullRequest(Path workdir, int number, String baseBranch, Options options)
      throws IOException {
    try (Repository repository = RepositorySync.open(workdir)) {
      ObjectId head = repository.resolve("refs/pull/" + number + "/head^{commit}");
      if (head == null) {
        throw new IllegalArgumentException(
            "the mirror " + RepositorySync.mirror(workdir) + " has no pull request #" + number);
      }
      RevCommit base = mergeBase(repository, head, baseBranch);
      try (RevWalk walk = new RevWalk(repository)) {
        RevCommit commit = walk.parseCommit(head);
        Head.Commit side = new Head.Commit(repository, commit, "refs/pull/" + number + "/head");
        return new Reviewer(repository, context(repository, base.getTree(), options))
            .review(number, side, base);
      }
    }
  }

  /**
   * The working tree of the checkout around {@code dir}, against the merge-base of HEAD and {@code
   * baseRef}: every change since, committed or not.
   */
  public static Review workTree(Path dir, String baseRef, Options options) throws IOException {
    FileRepositoryBuilder builder =
        new FileRepositoryBuilder().findGitDir(dir.toAbsolutePath().toFile());
    if (builder.getGitDir() == null) {
      throw new IllegalArgumentException(dir + " is not in a git checkout");
    }
    try (Repository repository = builder.setMustExist(true).build()) {
      if (repository.isBare()) {
        throw new IllegalArgumentException(repository.getDirectory() + " is a bare repository");
      }
      ObjectId head = resolve(repository, Constants.HEAD);
      if (head == null) {
        throw new IllegalArgumentException("HEAD names no commit in " + repository.getWorkTree());
      }
      RevCommit base = mergeBase(repository, head, baseRef);
      Head.WorkTree side = new Head.WorkTree(repository, repository.getWorkTree().toPath());
      return new Reviewer(repository, context(repository, base.getTree(), options))
          .review(0, side, base);
    }
  }

  /**
   * A review's findings as a lint report (the folders' new findings, then its shape), for SARIF.
   */
  public static LintReport asLintReport(Review review) {
    return ReviewFindings.of(review);
  }

  private static RevCommit mergeBase(Repository repository, ObjectId head, String baseRef)
      throws IOException {
    ObjectId base = resolve(repository, baseRef);
    if (base == null) {
      base = resolve(repository, "refs/heads/" + baseRef);
    }
    if (base == null) {
      throw new IllegalArgumentException("'" + baseRef + "' names no commit");
    }
    String ref = baseRef;
    return MergeBases.of(repository, head, base)
        .orElseThrow(
            () -> new IllegalArgumentException("'" + ref + "' and the head share no history"));
  }

  private static ObjectId resolve(Repository repository, String ref) throws IOException {
    try {
      return repository.resolve(ref + "^{commit}");
    } catch (RevisionSyntaxException e) {
      return null;
    }
  }

  private static Reviewer.Context context(Repository repository, RevTree base, Options options)
      throws IOException {
    List<Entry> existing = new ArrayList<>();
    List<Reviewer.OpenPull> open = new ArrayList<>();
    Optional<Warehouse> warehouse = options.warehouse().filter(w -> w.exists(Tables.CONNECTORS));
    if (warehouse.isPresent()) {
      existing.addAll(Registry.connectors(warehouse.get()));
      existing.addAll(Registry.pullRequests(warehouse.get()));
      open.addAll(openPulls(warehouse.get()));
    } else {
      existing.addAll(connectorsAt(repository, base));
    }
    if (options.catalog().isPresent()) {
      existing.addAll(Registry.catalog(options.catalog().get()));
    }
    return new Reviewer.Context(options.engine(), existing, open, options.title());
  }

  /**
   * The connectors at the base, read from git when there is no warehouse (an author's checkout):
   * the title, host and publisher of each.
   */
  static List<Entry> connectorsAt(Repository repository, RevTree base) throws IOException {
    List<Entry> entries = new ArrayList<>();
    for (ConnectorFolder folder : new ConnectorTrees(repository).folders(base)) {
      ConnectorContext c = new ConnectorContext(folder, RepositoryView.EMPTY);
      JsonNode swagger = c.swagger().map(JsonDocument::tree).orElse(null);
      String title = swagger == null ? null : swagger.path("info").path("title").asText(null);
      if (title == null || title.isBlank()) {
        continue;
      }
      String publisher =
          c.properties()
              .map(p -> p.tree().path("properties").path("publisher").asText(null))
              .orElse(null);
      entries.add(
          Entry.connector(
              Candidate.of(
                  folder.path(),
                  folder.kind().id(),
                  folder.folder(),
                  title,
                  swagger.path("host").asText(null),
                  publisher)));
    }
    return entries;
  }

  /** Unmerged pull requests by the folders they change, with their last activity. */
  private static List<Reviewer.OpenPull> openPulls(Warehouse warehouse) throws IOException {
    if (!warehouse.exists(Tables.PULL_REQUESTS)
        || !warehouse.exists(Tables.PULL_REQUEST_CONNECTORS)) {
      return List.of();
    }
    Map<Long, String> unmerged = new HashMap<>();
    warehouse.forEach(
        Tables.PULL_REQUESTS.project(List.of("number", "merged", "last_commit_time")),
        r -> {
          if (!r.bool("merged")) {
            Object last = r.get("last_commit_time");
            unmerged.put(
                r.longValue("number"),
                last instanceof Instant i ? i.toString().substring(0, 10) : "");
          }
        });
    List<Reviewer.OpenPull> open = new ArrayList<>();
    warehouse.forEach(
        Tables.PULL_REQUEST_CONNECTORS.project(List.of("number", "path", "change")),
        r -> {
          String last = unmerged.get(r.longValue("number"));
          if (last != null && !"deleted".equals(r.string("change"))) {
            open.add(new Reviewer.OpenPull((int) r.longValue("number"), r.string("path"), last));
          }
        });
    return open;
  }
}
