package census.pulls;

import census.connector.ConnectorContext;
import census.connector.RepositoryView;
import census.crawl.SnapshotCrawler;
import census.git.ConnectorTrees;
import census.history.ApiSurface;
import census.history.BreakingChanges;
import census.history.ContentCache;
import census.model.ConnectorKind;
import census.model.Severity;
import census.parallel.Parallel;
import census.rules.Finding;
import census.rules.FindingSummary;
import census.rules.RuleEngine;
import census.warehouse.Row;
import census.warehouse.Tables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every {@code refs/pull/N/head} of the mirror: the pull request's own commits (reachable
 * from its head but not from dev or master), the connector folders they change, what it proposes,
 * whether it was merged, and the findings of its version of each folder.
 */
public final class PullRequestCrawler {
  private static final Logger LOG = LoggerFactory.getLogger(PullRequestCrawler.class);
  private static final Pattern PULL_REF = Pattern.compile("refs/pull/(\\d{1,9})/head");
  private static final Pattern PROPOSAL =
      Pattern.compile("\\bproposal\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern PROPOSAL_PREFIX =
      Pattern.compile("^\\W*proposal\\b\\W*", Pattern.CASE_INSENSITIVE);
  private static final Pattern INDEPENDENT_PUBLISHER =
      Pattern.compile("\\(\\s*independent\\s+publisher\\s*\\)", Pattern.CASE_INSENSITIVE);

  /** Bounds on untrusted history: a head with more own commits than this is read partly. */
  static final int MAX_OWN_COMMITS = 5_000;

  static final int MAX_MESSAGES = 100;
  static final int MAX_MESSAGE_CHARS = 300;

  private final Repository repository;
  private final RuleEngine rules;
  private final FolderCheckMemo memo;
  private final ContentCache contents;
  private final FindingSink sink;
  // Versions whose findings were taken from the history's cache, with their content hash.
  private final Map<FolderCheckMemo.Key, String> cached = new HashMap<>();
  private final ConnectorTrees trees;
  // API surfaces of the versions whose breaking changes are counted, taken while they are parsed.
  private final Map<FolderCheckMemo.Key, ApiSurface> surfaces = new ConcurrentHashMap<>();

  /**
   * A crawler that keeps folder checks in {@code memo} and takes those of contents the history
   * crawl checked from {@code contents}.
   */
  public PullRequestCrawler(
      Repository repository,
      RuleEngine rules,
      FolderCheckMemo memo,
      ContentCache contents,
      FindingSink sink) {
    this.repository = repository;
    this.rules = rules;
    this.memo = memo;
    this.contents = contents;
    this.sink = sink;
    this.trees = new ConnectorTrees(repository);
  }

  /**
   * Receives the findings of each folder version the crawl checks, as it checks them and from
   * several threads at once; the memo keeps only their summary.
   */
  interface FindingSink {
    void accept(FolderCheckMemo.Key version, List<Finding> findings) throws IOException;
  }

  /**
   * The folder versions whose findings were taken from the history's {@code content_findings}
   * rather than checked, with their content hash: the caller copies those findings.
   */
  Map<FolderCheckMemo.Key, String> fromHistoryCache() {
    return cached;
  }

  /** The tips a crawl reads: dev, master (null when absent) and every pull-request head. */
  public record Heads(ObjectId dev, ObjectId master, Map<Integer, ObjectId> pulls) {}

  /** One pull request's rows. */
  public record PullRequest(Row pullRequest, List<Row> connectors, List<Row> commits) {}

  public static Heads heads(Repository repository) throws IOException {
    ObjectId dev = repository.resolve(Constants.R_HEADS + "dev^{commit}");
    if (dev == null) {
      throw new IOException("no dev branch in " + repository.getDirectory());
    }
    ObjectId master = repository.resolve(Constants.R_HEADS + "master^{commit}");
    Map<Integer, ObjectId> pulls = new TreeMap<>();
    for (Ref ref : repository.getRefDatabase().getRefsByPrefix("refs/pull/")) {
      Matcher m = PULL_REF.matcher(ref.getName());
      if (m.matches() && ref.getObjectId() != null) {
        pulls.put(Integer.parseInt(m.group(1)), ref.getObjectId());
      }
    }
    return new Heads(dev, master, pulls);
  }

  /** Crawls the pull requests of {@code numbers}, in number order. */
  public List<PullRequest> crawl(Heads heads, Set<Integer> numbers) throws IOException {
    if (numbers.isEmpty()) {
      return List.of();
    }
    String catalogVersion = rules.catalog().version();
    List<Plan> plans = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repository)) {
      long start = System.nanoTime();
      Mainline mainline = Mainline.index(walk, heads.dev(), heads.master());
      RevCommit dev = walk.parseCommit(heads.dev());
      Set<String> onDev = trees.folderTrees(dev.getTree()).keySet();
      LOG.info(
          "indexed {} dev and master commits ({} squash merges) in {} ms",
          mainline.size(),
          mainline.squashMergeCount(),
          (System.nanoTime() - start) / 1_000_000);
      FolderChanges changes = new FolderChanges(walk.getObjectReader());
      int done = 0;
      for (int number : new TreeSet<>(numbers)) {
        try {
          plans.add(plan(walk, mainline, changes, onDev, number, heads.pulls().get(number)));
        } catch (MissingObjectException e) {
          // A head whose objects did not all arrive gets no row, and is tried again next crawl.
          LOG.warn("pull request {} skipped: {}", number, e.getMessage());
        }
        if (++done % 500 == 0 || done == numbers.size()) {
          LOG.info("read the commits of {}/{} pull requests", done, numbers.size());
        }
      }
    }
    Map<FolderCheckMemo.Change, Change> uncounted = uncounted(plans);
    Set<FolderCheckMemo.Key> compared = new HashSet<>();
    uncounted.values().forEach(c -> compared.addAll(List.of(c.baseKey(), c.key())));
    checkFolders(plans, compared);
    countBreakingChanges(uncounted.values());
    List<PullRequest> out = new ArrayList<>();
    for (Plan plan : plans) {
      out.add(rows(plan, heads, catalogVersion));
    }
    return out;
  }

  /** A folder a pull request changes: its version at the head ({@code tree}) and at the base. */
  private record Change(
      String path, String change, boolean existsOnDev, ObjectId tree, ObjectId base) {
    FolderCheckMemo.Key key() {
      return new FolderCheckMemo.Key(path, tree);
    }

    FolderCheckMemo.Key baseKey() {
      return new FolderCheckMemo.Key(path, base);
    }
  }

  /** A folder one own commit changes, and its version after that commit (null: deleted). */
  private record CommitChange(
      RevCommit commit, int ordinal, String path, ObjectId tree, boolean isFinal) {
    FolderCheckMemo.Key key() {
      return new FolderCheckMemo.Key(path, tree);
    }
  }

  /** What the walk found for one pull request, before its folders are checked. */
  private record Plan(
      int number,
      RevCommit head,
      List<RevCommit> own,
      Set<String> touched,
      List<Change> changes,
      List<CommitChange> commits,
      RevCommit base,
      RevCommit mergeCommit) {}

  private Plan plan(
      RevWalk walk,
      Mainline mainline,
      FolderChanges changes,
      Set<String> onDev,
      int number,
      ObjectId headId)
      throws IOException {
    RevCommit head = walk.parseCommit(headId);
    Integer headRank = mainline.rank(head);
    List<RevCommit> own = new ArrayList<>();
    List<RevCommit> boundary = new ArrayList<>();
    Set<RevCommit> seen = new HashSet<>();
    Deque<RevCommit> todo = new ArrayDeque<>();
    todo.push(head);
    while (!todo.isEmpty() && own.size() < MAX_OWN_COMMITS) {
      RevCommit c = todo.pop();
      if (!seen.add(c)) {
        continue;
      }
      walk.parseHeaders(c);
      // A head dev already holds owns what the same merge into dev brought in.
      if (Objects.equals(mainline.rank(c), headRank)) {
        own.add(c);
        for (RevCommit p : c.getParents()) {
          todo.push(p);
        }
      } else {
        boundary.add(c);
      }
    }
    if (own.size() >= MAX_OWN_COMMITS) {
      LOG.warn("pull request {} has over {} own commits; read only those", number, MAX_OWN_COMMITS);
    }
    own.sort(Comparator.comparingInt(RevCommit::getCommitTime).thenComparing(RevCommit::name));
    Set<String> touched = new LinkedHashSet<>();
    for (RevCommit c : own) {
      for (RevCommit p : c.getParents()) {
        walk.parseHeaders(p);
      }
      touched.addAll(changes.changedBy(c));
    }
    // GitHub compares with the merge base: the newest dev (or master) commit the branch holds.
    RevCommit base = boundary.stream().max(Comparator.comparingInt(mainline::rank)).orElse(null);
    ObjectReader reader = walk.getObjectReader();
    Map<String, ObjectId> atHead = new HashMap<>();
    List<Change> changed = new ArrayList<>();
    for (String path : touched) {
      ObjectId now = folderTree(reader, head.getTree(), path);
      atHead.put(path, now);
      ObjectId before = base == null ? null : folderTree(reader, base.getTree(), path);
      String change;
      if ((now == null && before == null) || (now != null && now.equals(before))) {
        continue; // added and removed again, or changed back
      } else if (now == null) {
        change = "deleted";
      } else if (before == null) {
        change = "added";
      } else {
        change = "modified";
      }
      changed.add(new Change(path, change, onDev.contains(path), now, before));
    }
    changed.sort(Comparator.comparing(Change::path));
    RevCommit merge =
        mainline.onDev(head) ? mainline.mergedBy(head) : mainline.squashMerge(number).orElse(null);
    return new Plan(
        number,
        head,
        own,
        touched,
        changed,
        commitChanges(reader, own, changes, atHead),
        base,
        merge);
  }

  /**
   * The folders each own commit changes (oldest first, then by path) with their version after it; a
   * folder's last row is final when that version is the head's.
   */
  private static List<CommitChange> commitChanges(
      ObjectReader reader, List<RevCommit> own, FolderChanges changes, Map<String, ObjectId> atHead)
      throws IOException {
    List<CommitChange> rows = new ArrayList<>();
    Map<String, Integer> last = new HashMap<>();
    for (int i = 0; i < own.size(); i++) {
      RevCommit c = own.get(i);
      for (String path : new TreeSet<>(changes.changedBy(c))) {
        last.put(path, rows.size());
        rows.add(new CommitChange(c, i, path, folderTree(reader, c.getTree(), path), false));
      }
    }
    for (int at : last.values()) {
      CommitChange r = rows.get(at);
      // Commits are ordered by time, not ancestry: the last one need not hold the head's version.
      if (Objects.equals(r.tree(), atHead.get(r.path()))) {
        rows.set(at, new CommitChange(r.commit(), r.ordinal(), r.path(), r.tree(), true));
      }
    }
    return rows;
  }

  private static ObjectId folderTree(ObjectReader reader, RevTree tree, String path)
      throws IOException {
    try (TreeWalk walk = TreeWalk.forPath(reader, path, tree)) {
      return walk != null && walk.isSubtree() ? walk.getObjectId(0) : null;
    }
  }

  /**
   * Checks, on every core, each folder version that no earlier pull request or crawl checked: the
   * heads', every own commit's and the bases'. A version is checked against the repository (the
   * schemas under schemas/) of the first commit named for it, a head's at the head.
   */
  private void checkFolders(List<Plan> plans, Set<FolderCheckMemo.Key> compared) {
    Map<FolderCheckMemo.Key, RevTree> todo = new LinkedHashMap<>();
    for (Plan plan : plans) {
      for (Change c : plan.changes()) {
        // A head's title, readme and files are needed too, not only its findings.
        if (c.tree() != null && memo.get(c.key()).isEmpty()) {
          todo.putIfAbsent(c.key(), plan.head().getTree());
        }
      }
    }
    for (Plan plan : plans) {
      for (CommitChange c : plan.commits()) {
        if (c.tree() != null && memo.findings(c.key()).isEmpty()) {
          todo.putIfAbsent(c.key(), c.commit().getTree());
        }
      }
      for (Change c : plan.changes()) {
        if (c.base() != null && memo.findings(c.baseKey()).isEmpty()) {
          todo.putIfAbsent(c.baseKey(), plan.base().getTree());
        }
      }
    }
    LOG.info(
        "{} connector folder versions of heads, commits and bases to read ({} known already)",
        todo.size(),
        memo.size());
    fromHistory(todo, compared);
    Set<FolderCheckMemo.Key> headsAndBases = new HashSet<>();
    for (Plan plan : plans) {
      for (Change c : plan.changes()) {
        headsAndBases.add(c.key());
        headsAndBases.add(c.baseKey());
      }
    }
    // The versions only an own commit names are checked for the rule evidence alone.
    LOG.info(
        "checking {} connector folder versions ({} of them named only by an own commit)",
        todo.size(),
        todo.keySet().stream().filter(k -> !headsAndBases.contains(k)).count());
    AtomicInteger done = new AtomicInteger();
    Parallel.forEach(
        todo.entrySet(),
        e -> {
          memo.put(e.getKey(), check(e.getKey(), e.getValue(), compared));
          int n = done.incrementAndGet();
          if (n % 250 == 0 || n == todo.size()) {
            LOG.info("checked {}/{} folder versions", n, todo.size());
          }
        });
  }

  /**
   * Takes the folder versions whose content the history crawl checked from its cache, and out of
   * {@code todo}: only their file lists and readmes are read, and the API surfaces of those in
   * {@code compared}.
   */
  private void fromHistory(
      Map<FolderCheckMemo.Key, RevTree> todo, Set<FolderCheckMemo.Key> compared) {
    Map<FolderCheckMemo.Key, String> hashes = new HashMap<>();
    for (FolderCheckMemo.Key key : todo.keySet()) {
      if (memo.partial(key).isEmpty()) {
        try {
          String hash = ContentCache.hashOf(trees.folder(key.path(), key.tree()));
          if (contents.identity(hash).isPresent()) {
            hashes.put(key, hash);
          }
        } catch (IOException e) {
          LOG.debug("{} at {} is checked, not taken from the cache: {}", key.path(), key.tree(), e);
        }
      }
    }
    Map<String, FindingSummary> findings = contents.summaries(new HashSet<>(hashes.values()));
    int taken = 0;
    for (Map.Entry<FolderCheckMemo.Key, String> e : hashes.entrySet()) {
      FindingSummary found = findings.get(e.getValue());
      if (found == null) {
        continue;
      }
      FolderCheckMemo.Key key = e.getKey();
      try {
        ConnectorContext context =
            new ConnectorContext(
                trees.folder(key.path(), key.tree()), trees.view(todo.get(key)).memoized());
        memo.put(key, FolderCheck.known(context, contents.identity(e.getValue()).get(), found));
        cached.put(key, e.getValue());
        todo.remove(key);
        taken++;
      } catch (IOException | RuntimeException ex) {
        LOG.debug("{} at {} is checked, not taken from the cache: {}", key.path(), key.tree(), ex);
      }
    }
    LOG.info("{} connector folder versions taken from the history's content cache", taken);
    Map<String, ApiSurface> stored =
        contents.surfaces(
            hashes.entrySet().stream()
                .filter(e -> compared.contains(e.getKey()) && !todo.containsKey(e.getKey()))
                .map(Map.Entry::getValue)
                .collect(Collectors.toSet()));
    hashes.forEach(
        (key, hash) -> {
          if (compared.contains(key) && stored.containsKey(hash)) {
            surfaces.put(key, stored.get(hash));
          }
        });
  }

  /** The modifications whose breaking changes no earlier crawl counted, one per pair of trees. */
  private Map<FolderCheckMemo.Change, Change> uncounted(List<Plan> plans) {
    Map<FolderCheckMemo.Change, Change> todo = new LinkedHashMap<>();
    for (Plan plan : plans) {
      for (Change c : plan.changes()) {
        if (c.tree() != null
            && c.base() != null
            && memo.breakingChanges(c.base(), c.tree()).isEmpty()) {
          todo.putIfAbsent(new FolderCheckMemo.Change(c.base(), c.tree()), c);
        }
      }
    }
    return todo;
  }

  /**
   * Counts, on every core, the breaking changes of each modification, from the surfaces the checks
   * or the history left, else from the two definitions read again.
   */
  private void countBreakingChanges(Collection<Change> todo) {
    long start = System.nanoTime();
    int known = surfaces.size();
    Parallel.forEach(
        todo,
        c ->
            memo.putBreakingChanges(
                c.base(),
                c.tree(),
                BreakingChanges.between(surface(c.baseKey()), surface(c.key())).size()));
    LOG.info(
        "counted the breaking changes of {} folder modifications in {} ms ({} surfaces known, {}"
            + " read again)",
        todo.size(),
        (System.nanoTime() - start) / 1_000_000,
        known,
        surfaces.size() - known);
  }

  private ApiSurface surface(FolderCheckMemo.Key key) {
    ApiSurface known = surfaces.get(key);
    if (known != null) {
      return known;
    }
    try {
      // The definition alone: the surface needs nothing else of the repository.
      ApiSurface read =
          ApiSurface.of(
              new ConnectorContext(trees.folder(key.path(), key.tree()), RepositoryView.EMPTY));
      surfaces.put(key, read);
      return read;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + key.path() + " at " + key.tree().name(), e);
    }
  }

  private FolderCheck check(
      FolderCheckMemo.Key key, RevTree commitTree, Set<FolderCheckMemo.Key> compared) {
    try {
      // The schemas under schemas/ are read at the commit; they change so rarely that the memo
      // keys on the folder alone.
      RepositoryView view = trees.view(commitTree).memoized();
      ConnectorContext context = new ConnectorContext(trees.folder(key.path(), key.tree()), view);
      Optional<FolderCheckMemo.Partial> partial = memo.partial(key);
      // After a catalog change only the changed rules run; the kept findings are copied by the
      // caller from the previous crawl's table.
      List<Finding> found =
          partial.isPresent()
              ? rules.findingsOnly(context, partial.get().change().toRun())
              : rules.findingsOnly(context);
      sink.accept(key, found);
      FindingSummary summary = FindingSummary.of(found);
      FolderCheck check =
          FolderCheck.of(
              context, partial.isPresent() ? partial.get().kept().plus(summary) : summary);
      if (compared.contains(key)) {
        surfaces.put(key, ApiSurface.of(context)); // the definition is parsed already
      }
      return check;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + key.path() + " at " + key.tree().name(), e);
    }
  }

  private PullRequest rows(Plan plan, Heads heads, String catalogVersion) {
    int number = plan.number();
    String headId = plan.head().name();
    List<Row> connectors = new ArrayList<>();
    boolean addsOnlyDocs = plan.changes().stream().anyMatch(c -> c.change().equals("added"));
    boolean hasArtifacts = false;
    Change primary = null;
    FolderCheck primaryCheck = null;
    for (Change c : plan.changes()) {
      FolderCheck check = c.tree() == null ? null : memo.get(c.key()).orElseThrow();
      FindingSummary base =
          c.base() == null ? FindingSummary.EMPTY : memo.findings(c.baseKey()).orElseThrow();
      connectors.add(
          Tables.PULL_REQUEST_CONNECTORS
              .row()
              .set("number", number)
              .set("path", c.path())
              .set("kind", kindOf(c.path()))
              .set("folder", folderName(c.path()))
              .set("change", c.change())
              .set("exists_on_dev", c.existsOnDev())
              .set("tree_id", c.tree() == null ? null : c.tree().name())
              .set("title", check == null ? null : check.title())
              .set("host", check == null ? null : check.host())
              .set("publisher", check == null ? null : check.publisher())
              .set("readme_title", check == null ? null : check.readmeTitle())
              .set("has_swagger", check != null && check.hasSwagger())
              .set("only_docs", check != null && check.onlyDocs())
              .set("error_count", check == null ? 0 : check.count(Severity.ERROR))
              .set("warning_count", check == null ? 0 : check.count(Severity.WARNING))
              .set("base_tree_id", c.base() == null ? null : c.base().name())
              .set(
                  "new_error_count",
                  check == null ? 0 : check.findings().countNewAgainst(base, Severity.ERROR))
              .set(
                  "new_warning_count",
                  check == null ? 0 : check.findings().countNewAgainst(base, Severity.WARNING))
              .set(
                  "breaking_change_count",
                  c.tree() == null || c.base() == null
                      ? 0
                      : memo.breakingChanges(c.base(), c.tree()).orElseThrow())
              .build());
      if (check == null) {
        continue;
      }
      if (c.change().equals("added") && !check.onlyDocs()) {
        addsOnlyDocs = false;
      }
      hasArtifacts |= check.hasSwagger();
      if (primary == null || ranksBefore(c, check, primary, primaryCheck)) {
        primary = c;
        primaryCheck = check;
      }
    }
    List<String> messages =
        plan.own().stream().map(PullRequestCrawler::message).limit(MAX_MESSAGES).toList();
    boolean proposal =
        addsOnlyDocs
            || plan.touched().stream().anyMatch(p -> PROPOSAL.matcher(folderName(p)).find())
            || plan.own().stream().anyMatch(c -> PROPOSAL.matcher(c.getFullMessage()).find());
    Optional<RevCommit> first =
        plan.own().stream()
            .filter(c -> c.getParentCount() <= 1)
            .findFirst()
            .or(() -> plan.own().stream().findFirst());
    Row.Builder row =
        Tables.PULL_REQUESTS
            .row()
            .set("number", number)
            .set("head_commit", headId)
            .set("author", first.map(c -> c.getAuthorIdent().getName()).orElse(null))
            .set("first_commit_time", time(plan.own().stream().findFirst()))
            .set("last_commit_time", time(plan.own().stream().reduce((a, b) -> b)))
            .set("commit_count", plan.own().size())
            .set("commit_messages", messages)
            .set("path", primary == null ? null : primary.path())
            .set("kind", primary == null ? null : kindOf(primary.path()))
            .set(
                "proposed_title",
                primary == null ? null : proposedTitle(primary.path(), primaryCheck))
            .set("is_proposal", proposal)
            .set("has_artifacts", hasArtifacts)
            .set("merged", plan.mergeCommit() != null)
            .set("merge_commit", plan.mergeCommit() == null ? null : plan.mergeCommit().name())
            .set("merged_at", time(Optional.ofNullable(plan.mergeCommit())))
            .set("dev_commit", heads.dev().name())
            .set("master_commit", heads.master() == null ? null : heads.master().name())
            .set("rule_catalog_version", catalogVersion);
    return new PullRequest(row.build(), connectors, commitRows(plan));
  }

  private static List<Row> commitRows(Plan plan) {
    List<Row> rows = new ArrayList<>(plan.commits().size());
    for (CommitChange c : plan.commits()) {
      rows.add(
          Tables.PULL_REQUEST_COMMITS
              .row()
              .set("number", plan.number())
              .set("commit_id", c.commit().name())
              .set("commit_time", time(Optional.of(c.commit())))
              .set("message", message(c.commit()))
              .set("ordinal", c.ordinal())
              .set("path", c.path())
              .set("tree_id", c.tree() == null ? null : c.tree().name())
              .set("is_final", c.isFinal())
              .build());
    }
    return rows;
  }

  /** A commit's first line, clipped. */
  private static String message(RevCommit c) {
    String m = c.getShortMessage();
    return m.length() <= MAX_MESSAGE_CHARS ? m : m.substring(0, MAX_MESSAGE_CHARS);
  }

  /** The folder a pull request proposes: one with a definition, then an added one, then by path. */
  private static boolean ranksBefore(
      Change c, FolderCheck check, Change other, FolderCheck otherCheck) {
    if (check.hasSwagger() != otherCheck.hasSwagger()) {
      return check.hasSwagger();
    }
    boolean added = c.change().equals("added");
    if (added != other.change().equals("added")) {
      return added;
    }
    return c.path().compareTo(other.path()) < 0;
  }

  /**
   * The title a folder version proposes: its definition's, else the folder name without the
   * proposal's words, else the readme heading.
   */
  public static String proposedTitle(String path, FolderCheck check) {
    if (check.title() != null) {
      return check.title();
    }
    String name = cleanFolderName(folderName(path));
    return !name.isEmpty() ? name : check.readmeTitle();
  }

  static String cleanFolderName(String folder) {
    String name = INDEPENDENT_PUBLISHER.matcher(folder).replaceAll(" ");
    name = PROPOSAL_PREFIX.matcher(name.strip()).replaceFirst("");
    return name.strip().replaceAll("\\s+", " ");
  }

  private static String kindOf(String path) {
    return ConnectorKind.fromTopFolder(path.substring(0, path.indexOf('/'))).orElseThrow().id();
  }

  private static String folderName(String path) {
    return path.substring(path.indexOf('/') + 1);
  }

  private static Instant time(Optional<RevCommit> commit) {
    return commit.map(c -> Instant.ofEpochSecond(c.getCommitTime())).orElse(null);
  }

  /** The findings rows of a folder version. */
  static List<Row> findingRows(FolderCheckMemo.Key key, List<Finding> findings) {
    List<Row> rows = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      rows.add(
          SnapshotCrawler.findingColumns(
                  Tables.PULL_REQUEST_FINDINGS
                      .row()
                      .set("tree_id", key.tree().name())
                      .set("connector_path", f.connectorPath()),
                  f)
              .build());
    }
    return rows;
  }

  /** A finding as the crawl stored it, for the memo. */
  static Finding finding(Row row) {
    return finding(row.string("connector_path"), row);
  }

  /** A stored finding (its file, rule, place and message) as a finding about {@code path}. */
  static Finding finding(String connectorPath, Row row) {
    return new Finding(
        connectorPath,
        row.string("file"),
        row.string("rule_id"),
        Severity.valueOf(row.string("severity").toUpperCase(Locale.ROOT)),
        row.string("json_pointer"),
        (int) row.longValue("line"),
        (int) row.longValue("column"),
        row.string("message"));
  }
}
