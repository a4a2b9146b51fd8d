package census.pr;

import census.check.Checker;
import census.check.Entry;
import census.connector.ConnectorContext;
import census.connector.ConnectorFolder;
import census.connector.RepositoryView;
import census.git.ConnectorTrees;
import census.history.ApiSurface;
import census.history.BreakingChanges;
import census.lint.KeyedFindings;
import census.model.ConnectorKind;
import census.pulls.FolderCheck;
import census.pulls.PullRequestCrawler;
import census.rules.Finding;
import census.rules.FindingKey;
import census.rules.RuleEngine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Judges the changes between a base and a head as the certification gate and the maintainers do,
 * for every file any commit changed (the real pipeline checks only the last commit's files).
 */
public final class Reviewer {
  private static final Pattern IP_TITLE =
      Pattern.compile("^(?:proposal\\s*[-:–]\\s*)?\\S.*\\(independent publisher\\)\\s*$");
  private static final Pattern PROPOSAL_TITLE = Pattern.compile("^proposal\\s*[-:–]\\s*\\S");

  /** Another pull request not merged, by a folder it changes. */
  public record OpenPull(int number, String path, String lastActivity) {}

  /**
   * What the review compares with besides the base: what exists (connectors on dev, the platform's
   * catalog, pull requests, for "does it already exist?"), the open pull requests' folders, and the
   * pull request's title when known.
   */
  public record Context(
      RuleEngine engine, List<Entry> existing, List<OpenPull> openPulls, Optional<String> title) {}

  private final Repository repository;
  private final Context context;

  public Reviewer(Repository repository, Context context) {
    this.repository = repository;
    this.context = context;
  }

  /** Reviews {@code head} against {@code base}; {@code number} is 0 for a working tree. */
  Review review(int number, Head head, RevCommit base) throws IOException {
    Map<String, List<Head.Changed>> byFolder = new LinkedHashMap<>();
    List<Review.Shape> shape = new ArrayList<>();
    for (Head.Changed c : head.changes(base.getTree())) {
      Optional<String> folder = connectorFolder(c.path());
      if (folder.isPresent()) {
        byFolder.computeIfAbsent(folder.get(), f -> new ArrayList<>()).add(c);
      } else {
        shape.add(
            new Review.Shape(
                PullRequestCheck.FILE_OUTSIDE_CONNECTOR,
                c.path(),
                c.path() + " (" + c.change() + ") lies outside every connector folder"));
      }
    }
    RepositoryView baseView = new ConnectorTrees(repository).view(base.getTree()).memoized();
    RepositoryView headView = head.view();
    List<Review.Folder> folders = new ArrayList<>();
    Map<String, FolderCheck> checks = new LinkedHashMap<>();
    for (String path : byFolder.keySet()) {
      Optional<ConnectorFolder> before = Head.atBase(repository, base.getTree(), path);
      Optional<ConnectorFolder> after = head.folder(path);
      folders.add(folder(path, before, after, baseView, headView, checks));
    }
    long connectors = folders.stream().filter(f -> !f.change().equals("deleted")).count();
    if (connectors > 1) {
      shape.add(
          new Review.Shape(
              PullRequestCheck.MULTIPLE_CONNECTORS,
              "",
              "changes "
                  + connectors
                  + " connector folders: "
                  + String.join(
                      ", ",
                      folders.stream()
                          .filter(f -> !f.change().equals("deleted"))
                          .map(Review.Folder::path)
                          .toList())));
    }
    shape.addAll(proposalShape(folders, checks));
    shape.addAll(titlePattern(folders, checks));
    return new Review(
        number,
        head.describe(),
        base.abbreviate(7).name(),
        folders,
        shape,
        existence(number, folders, checks),
        overlaps(number, folders));
  }

  private Review.Folder folder(
      String path,
      Optional<ConnectorFolder> before,
      Optional<ConnectorFolder> after,
      RepositoryView baseView,
      RepositoryView headView,
      Map<String, FolderCheck> checks) {
    String change = before.isEmpty() ? "added" : after.isEmpty() ? "deleted" : "modified";
    if (after.isEmpty()) {
      return new Review.Folder(path, change, Optional.empty(), List.of(), 0, List.of());
    }
    ConnectorContext now = new ConnectorContext(after.get(), headView);
    List<Finding> found = context.engine().check(now);
    FolderCheck check = FolderCheck.of(now, found);
    checks.put(path, check);
    record Keyed(Finding finding, FindingKey key) {}
    List<Keyed> current = zip(found, KeyedFindings.keys(now, found), Keyed::new);
    List<Keyed> old = List.of();
    List<BreakingChanges.Change> breaking = List.of();
    if (before.isPresent()) {
      ConnectorContext then = new ConnectorContext(before.get(), baseView);
      List<Finding> was = context.engine().check(then);
      old = zip(was, KeyedFindings.keys(then, was), Keyed::new);
      if (then.swagger().isPresent() && now.swagger().isPresent()) {
        breaking = BreakingChanges.between(ApiSurface.of(then), ApiSurface.of(now));
      }
    }
    // Most severe first, in file order within a severity: what a reader must fix leads.
    List<Finding> fresh =
        FindingKey.newIn(current, old, Keyed::key).stream()
            .map(Keyed::finding)
            .sorted(Comparator.comparing(Finding::severity))
            .toList();
    return new Review.Folder(
        path,
        change,
        Optional.ofNullable(PullRequestCrawler.proposedTitle(path, check)),
        fresh,
        found.size() - fresh.size(),
        breaking);
  }

  /** A proposal (a folder of documents only) belongs under independent-publisher-connectors. */
  private static List<Review.Shape> proposalShape(
      List<Review.Folder> folders, Map<String, FolderCheck> checks) {
    List<Review.Shape> shape = new ArrayList<>();
    for (Review.Folder f : folders) {
      FolderCheck check = checks.get(f.path());
      if (check == null || !f.change().equals("added") || !check.onlyDocs()) {
        continue;
      }
      if (Head.kindOf(f.path()).orElseThrow() != ConnectorKind.INDEPENDENT_PUBLISHER) {
        shape.add(
            new Review.Shape(
                PullRequestCheck.PROPOSAL_SHAPE,
                f.path(),
                "a proposal (readme only) belongs under independent-publisher-connectors/, not "
                    + f.path().substring(0, f.path().indexOf('/'))
                    + "/"));
      }
    }
    return shape;
  }

  /** The title pattern, when the title is known and the pull request is an independent one. */
  private List<Review.Shape> titlePattern(
      List<Review.Folder> folders, Map<String, FolderCheck> checks) {
    Optional<Review.Folder> independent =
        folders.stream()
            .filter(f -> !f.change().equals("deleted"))
            .filter(f -> Head.kindOf(f.path()).orElseThrow() == ConnectorKind.INDEPENDENT_PUBLISHER)
            .findFirst();
    if (context.title().isEmpty() || independent.isEmpty()) {
      return List.of();
    }
    String title = context.title().get().strip();
    String lower = title.toLowerCase(Locale.ROOT);
    FolderCheck check = checks.get(independent.get().path());
    boolean proposal =
        check != null && check.onlyDocs() && independent.get().change().equals("added");
    List<Review.Shape> shape = new ArrayList<>();
    if (!IP_TITLE.matcher(lower).find()) {
      shape.add(
          new Review.Shape(
              PullRequestCheck.TITLE_PATTERN,
              "",
              "the title \""
                  + title
                  + "\" does not end with \"(Independent Publisher)\": name it \""
                  + (proposal ? "Proposal - " : "")
                  + "Connector Name (Independent Publisher)\""));
    } else if (proposal && !PROPOSAL_TITLE.matcher(lower).find()) {
      shape.add(
          new Review.Shape(
              PullRequestCheck.TITLE_PATTERN,
              "",
              "a proposal's title starts with \"Proposal - \": \"Proposal - " + title + "\""));
    }
    return shape;
  }

  /**
   * "Does it already exist?" for the connector the pull request adds (one that modifies an existing
   * folder updates it, and is not asked), by its title and host, against everything but itself.
   */
  private Optional<Review.Existence> existence(
      int number, List<Review.Folder> folders, Map<String, FolderCheck> checks) {
    Optional<Review.Folder> added =
        folders.stream()
            .filter(f -> f.change().equals("added") && f.title().isPresent())
            .filter(f -> !f.title().get().isBlank())
            .findFirst();
    if (added.isEmpty()) {
      return Optional.empty();
    }
    String path = added.get().path();
    List<Entry> others =
        context.existing().stream()
            .filter(e -> e.pullRequest() == 0 || e.pullRequest() != number)
            .filter(e -> !path.equals(e.candidate().id()))
            .toList();
    try {
      return Optional.of(
          new Review.Existence(
              path,
              new Checker(others).check(added.get().title().get(), checks.get(path).host(), 5)));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // a title with no letters or digits: TitleMissing says so
    }
  }

  private List<Review.Overlap> overlaps(int number, List<Review.Folder> folders) {
    List<Review.Overlap> overlaps = new ArrayList<>();
    for (Review.Folder f : folders) {
      for (OpenPull p : context.openPulls()) {
        if (p.number() != number && p.path().equals(f.path())) {
          overlaps.add(new Review.Overlap(p.number(), p.path(), p.lastActivity()));
        }
      }
    }
    return overlaps;
  }

  /** The connector folder (kind folder / name) a file lies in, if any. */
  static Optional<String> connectorFolder(String path) {
    String[] parts = path.split("/", 3);
    if (parts.length < 3 || ConnectorKind.fromTopFolder(parts[0]).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(parts[0] + "/" + parts[1]);
  }

  private static <A, B, T> List<T> zip(List<A> a, List<B> b, BiFunction<A, B, T> pair) {
    List<T> out = new ArrayList<>(a.size());
    for (int i = 0; i < a.size(); i++) {
      out.add(pair.apply(a.get(i), b.get(i)));
    }
    return out;
  }
}
