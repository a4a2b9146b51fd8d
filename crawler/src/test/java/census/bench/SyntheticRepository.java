package census.bench;

import census.model.ConnectorKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Generates a bare repository shaped like microsoft/PowerPlatformConnectors, deterministic from a
 * seed, at any size: connector folders of the three kinds on {@code dev}, its history (connectors
 * added, modified with breaking and non-breaking changes, renamed, proposals turned into
 * connectors, deleted and re-added, squash merges "Title (#N)" and some merge commits), a {@code
 * master} branch, and {@code refs/pull/N/head} for merged and open pull requests (proposals, two
 * racing for one folder, near-duplicate titles). For the scale benchmark (scripts/bench-scale.sh).
 */
public final class SyntheticRepository {
  /** Connector folders at dev's tip, commits reachable from dev, pull-request heads. */
  public record Size(int connectors, int commits, int pulls) {
    /** The bundle's: microsoft/PowerPlatformConnectors on 2024-10-23. */
    public static final Size BUNDLE = new Size(1035, 2721, 3338);

    public Size times(double connectorFactor, double commitFactor, double pullFactor) {
      return new Size(
          (int) Math.round(connectors * connectorFactor),
          (int) Math.round(commits * commitFactor),
          (int) Math.round(pulls * pullFactor));
    }
  }

  /** A folder renamed on dev, keeping its identity. */
  public record Rename(String from, String to) {}

  /** What was generated, for the test to compare with what the crawler finds. */
  public record Manifest(
      ObjectId tip,
      Map<ConnectorKind, Integer> tipFolders,
      int devCommits,
      int pullRequests,
      int mergedPulls,
      int openProposals,
      int racingPairs,
      List<Rename> renames,
      Set<String> breakingEdits,
      Set<String> brokenAtTip) {}

  // Shares the bundle shows: most dev commits squash-merge a pull request, a few merge one.
  private static final int MERGED_PERCENT = 86;
  private static final int MERGE_COMMIT_PERCENT = 5;
  private static final int[] KIND_WEIGHTS = {619, 396, 20}; // certified, independent, custom
  private static final String[] FIRST = {"Ana", "Ben", "Chen", "Dita", "Emeka", "Femi", "Gus"};
  private static final String[] LAST = {"Okafor", "Novak", "Silva", "Tanaka", "Weber", "Haddad"};

  private final Random random;
  private final RepositoryWriter writer;
  private final Size size;
  private final Iterator<SyntheticTitles.Title> titles;
  private final Map<String, SyntheticConnector> live = new HashMap<>();
  private final List<String> livePaths = new ArrayList<>(); // for picks independent of hashing
  private final Map<String, String> identity = new HashMap<>(); // path -> its first path
  private final Set<String> usedPaths = new HashSet<>();
  private final ArrayDeque<String> proposalsOnDev = new ArrayDeque<>();
  private final TreeMap<Integer, List<SyntheticConnector>> reAdds = new TreeMap<>();
  private final Map<String, ObjectId> refs = new TreeMap<>();
  private final List<Rename> renames = new ArrayList<>();
  private final Set<String> breakingEdits = new TreeSet<>();
  private final int mergedTarget;
  private final int openTarget;
  private ObjectId dev;
  private int devCommits;
  private int nextPull = 1;
  private int merged;
  private int openProposals;
  private int racingPairs;
  private int created;
  private long clock = Instant.parse("2019-06-01T00:00:00Z").getEpochSecond();

  private SyntheticRepository(RepositoryWriter writer, Size size, long seed) {
    this.writer = writer;
    this.size = size;
    this.random = new Random(seed);
    // enough titles for every folder dev and the pull requests add; the rest is never drawn
    this.titles = SyntheticTitles.generate(2 * size.connectors() + size.pulls(), seed).iterator();
    this.mergedTarget = Math.min(size.pulls(), size.commits() * MERGED_PERCENT / 100);
    this.openTarget = size.pulls() - mergedTarget;
  }

  /**
   * Writes a new bare repository at {@code gitDir}. {@code schema} is the repository's
   * schemas/paconn-apiProperties.schema.json (null: none, and its rule says nothing).
   */
  public static Manifest generate(Path gitDir, Size size, long seed, byte[] schema)
      throws IOException {
    return generate(gitDir, size, seed, schema, RepositoryWriter.DELTA_DEPTH);
  }

  /** The same, with trees stored in delta chains of up to {@code maxDeltaDepth} (0: none). */
  static Manifest generate(Path gitDir, Size size, long seed, byte[] schema, int maxDeltaDepth)
      throws IOException {
    try (FileRepository repo = new FileRepository(gitDir.toFile())) {
      repo.create(true);
      try (RepositoryWriter writer = new RepositoryWriter(repo, maxDeltaDepth)) {
        writer.rootFile(
            "README.md",
            "# Power Platform Connectors (synthetic)\n".getBytes(StandardCharsets.UTF_8));
        if (schema != null) {
          writer.rootFolder("schemas", Map.of("paconn-apiProperties.schema.json", schema));
        }
        return new SyntheticRepository(writer, size, seed).write();
      }
    }
  }

  private Manifest write() throws IOException {
    ObjectId master = null;
    while (devCommits < size.commits()) {
      int before = devCommits;
      devStep();
      if (master == null && devCommits >= size.commits() * 9 / 10) {
        master = dev; // the release branch lags dev
      }
      int open = due(openTarget, before, devCommits);
      for (int i = 0; i < open && nextPull <= size.pulls(); i++) {
        openPull();
      }
    }
    while (nextPull <= size.pulls()) {
      openPull();
    }
    refs.put(Constants.R_HEADS + "dev", dev);
    refs.put(Constants.R_HEADS + "master", master == null ? dev : master);
    writer.finish(refs);
    Map<ConnectorKind, Integer> tipFolders = new EnumMap<>(ConnectorKind.class);
    Set<String> broken = new TreeSet<>();
    live.forEach(
        (path, connector) -> {
          tipFolders.merge(connector.kind(), 1, Integer::sum);
          if (connector.syntax() != SyntheticConnector.Syntax.STRICT) {
            broken.add(path);
          }
        });
    return new Manifest(
        dev,
        tipFolders,
        devCommits,
        nextPull - 1,
        merged,
        openProposals,
        racingPairs,
        List.copyOf(renames),
        breakingEdits,
        broken);
  }

  /** How many of {@code total} events, spread evenly over the commits, fall in (before, after]. */
  private int due(int total, int before, int after) {
    long commits = size.commits();
    return (int) (total * (long) after / commits - total * (long) before / commits);
  }

  /**
   * One step of dev: the folders this commit adds and re-adds plus, often, one edit; committed
   * directly, squash-merged from a pull request, or merged from it with a merge commit.
   */
  private void devStep() throws IOException {
    int before = devCommits;
    boolean viaPull = nextPull <= size.pulls() && due(mergedTarget, before, before + 1) > 0;
    boolean mergeCommit =
        viaPull && before + 2 <= size.commits() && random.nextInt(100) < MERGE_COMMIT_PERCENT;
    int after = before + (mergeCommit ? 2 : 1);
    Map<String, SyntheticConnector> change = new LinkedHashMap<>();
    List<String> subjects = new ArrayList<>();
    reAddDue(before, change, subjects);
    int adds = due(size.connectors(), before, after);
    for (int i = 0; i < adds; i++) {
      add(change, subjects);
    }
    if (change.isEmpty() || random.nextBoolean()) {
      edit(change, subjects, change.isEmpty(), before);
    }
    for (Map.Entry<String, SyntheticConnector> folder : change.entrySet()) {
      applyToDev(folder.getKey(), folder.getValue());
    }
    ObjectId tree = writer.root();
    String subject = subjects.isEmpty() ? "Update README.md" : subject(subjects);
    PersonIdent author = person();
    if (viaPull) {
      int number = nextPull++;
      merged++;
      ObjectId head = writer.commit(tree, List.of(dev), author, subject);
      refs.put(pullRef(number), head);
      dev =
          mergeCommit
              ? writer.commit(
                  tree,
                  List.of(dev, head),
                  maintainer(),
                  "Merge pull request #"
                      + number
                      + " from fork/branch-"
                      + number
                      + "\n\n"
                      + subject)
              : writer.commit(tree, List.of(dev), author, subject + " (#" + number + ")");
    } else {
      dev = writer.commit(tree, dev == null ? List.of() : List.of(dev), author, subject);
    }
    devCommits = after;
  }

  private static String subject(List<String> subjects) {
    return subjects.size() == 1
        ? subjects.get(0)
        : subjects.get(0) + " and " + (subjects.size() - 1) + " more";
  }

  private void applyToDev(String path, SyntheticConnector version) throws IOException {
    ObjectId tree = version == null ? null : writer.folderTree(version.files());
    writer.put(kindOf(path), folderOf(path), tree);
    if (version == null) {
      live.remove(path);
      livePaths.remove(path);
    } else if (live.put(path, version) == null) {
      livePaths.add(path);
      identity.putIfAbsent(path, path);
    }
  }

  private void reAddDue(int before, Map<String, SyntheticConnector> change, List<String> subjects) {
    for (List<SyntheticConnector> due : reAdds.headMap(before, true).values()) {
      for (SyntheticConnector connector : due) {
        change.put(pathOf(connector), connector);
        subjects.add("Restore " + connector.title());
      }
    }
    reAdds.headMap(before, true).clear();
  }

  /** A new folder: a connector of a kind drawn in the bundle's proportions, or a proposal. */
  private void add(Map<String, SyntheticConnector> change, List<String> subjects) {
    SyntheticTitles.Title title = titles.next();
    ConnectorKind kind = drawKind();
    SyntheticConnector connector;
    String name = title.title() + " (Independent Publisher)";
    if (kind == ConnectorKind.INDEPENDENT_PUBLISHER
        && random.nextInt(100) < 8
        && free(kind, "Proposal - " + name)
        && free(kind, title.title())) {
      unique(kind, title.title()); // kept for the connector the proposal becomes
      connector = SyntheticConnector.proposal(unique(kind, "Proposal - " + name), name);
      proposalsOnDev.add(pathOf(connector));
    } else {
      connector = create(kind, title);
    }
    change.put(pathOf(connector), connector);
    subjects.add("Add " + connector.title());
  }

  private SyntheticConnector create(ConnectorKind kind, SyntheticTitles.Title title) {
    String name =
        kind == ConnectorKind.INDEPENDENT_PUBLISHER
            ? title.title() + " (Independent Publisher)"
            : title.title();
    String host = title.host() != null ? title.host() : hostOf(title.title());
    return create(kind, unique(kind, title.title()), name, host);
  }

  /** Every 50th connector's definition is not strict JSON, as about 2% of the bundle's are not. */
  private SyntheticConnector create(ConnectorKind kind, String folder, String title, String host) {
    int n = created++;
    SyntheticConnector.Syntax syntax =
        n % 50 != 1
            ? SyntheticConnector.Syntax.STRICT
            : n % 100 == 1
                ? SyntheticConnector.Syntax.TRAILING_COMMA
                : SyntheticConnector.Syntax.COMMENT;
    return SyntheticConnector.create(kind, folder, title, host, syntax, random);
  }

  private static String hostOf(String title) {
    return "api." + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + ".com";
  }

  private ConnectorKind drawKind() {
    int pick = random.nextInt(KIND_WEIGHTS[0] + KIND_WEIGHTS[1] + KIND_WEIGHTS[2]);
    return pick < KIND_WEIGHTS[0]
        ? ConnectorKind.CERTIFIED
        : pick < KIND_WEIGHTS[0] + KIND_WEIGHTS[1]
            ? ConnectorKind.INDEPENDENT_PUBLISHER
            : ConnectorKind.CUSTOM;
  }

  private boolean free(ConnectorKind kind, String folder) {
    return !usedPaths.contains(kind.topFolder() + "/" + folder);
  }

  /** A folder name never used before in {@code kind}, so a re-add finds its own name free. */
  private String unique(ConnectorKind kind, String name) {
    String folder = name;
    for (int n = 2; usedPaths.contains(kind.topFolder() + "/" + folder); n++) {
      folder = name + " " + n;
    }
    usedPaths.add(kind.topFolder() + "/" + folder);
    return folder;
  }

  /**
   * One edit of a folder dev holds. Renames, deletions and proposals turned into connectors only
   * happen in a commit that adds nothing ({@code structural}), as in the repository, so that a
   * rename is not confused with an unrelated folder added beside it.
   */
  private void edit(
      Map<String, SyntheticConnector> change, List<String> subjects, boolean structural, int before)
      throws IOException {
    String path = pickConnector(change);
    if (path == null) {
      return;
    }
    SyntheticConnector connector = live.get(path);
    int roll = random.nextInt(100);
    if (structural && roll < 1 && !proposalsOnDev.isEmpty()) {
      realizeProposal(change, subjects);
    } else if (structural && roll < 5) {
      String folder = unique(connector.kind(), renamed(connector.folder()));
      rename(change, path, connector.renamed(folder, connector.title()));
      subjects.add("Rename " + connector.folder());
    } else if (structural && roll < 8 && before < size.commits() - 40) {
      change.put(path, null);
      reAdds
          .computeIfAbsent(before + 5 + random.nextInt(30), k -> new ArrayList<>())
          .add(connector);
      subjects.add("Remove " + connector.title());
    } else if (roll < 10) {
      boolean strict = connector.syntax() == SyntheticConnector.Syntax.STRICT;
      change.put(
          path,
          connector.withSyntax(
              strict
                  ? SyntheticConnector.Syntax.TRAILING_COMMA
                  : SyntheticConnector.Syntax.STRICT));
      subjects.add((strict ? "Update " : "Fix JSON of ") + connector.title());
    } else if (roll < 25 && connector.operations().size() > 1) {
      change.put(path, connector.withOperationRemoved(random));
      breakingEdits.add(identity.get(path));
      subjects.add("Remove an operation from " + connector.title());
    } else if (roll < 40 && connector.canRequireParameter()) {
      change.put(path, connector.withParameterRequired(random));
      breakingEdits.add(identity.get(path));
      subjects.add("Require a parameter in " + connector.title());
    } else if (roll < 75) {
      change.put(path, connector.withOperationAdded(random));
      subjects.add("Add an operation to " + connector.title());
    } else {
      change.put(path, connector.withDocsEdited());
      subjects.add("Update the readme of " + connector.title());
    }
  }

  /** "Contoso Tasks" becomes "ContosoTasks", "Contoso" becomes "Contoso Connector". */
  private static String renamed(String folder) {
    return folder.contains(" ") ? folder.replace(" ", "") : folder + " Connector";
  }

  /** A connector (not a proposal) on dev that this commit does not touch yet, if any. */
  private String pickConnector(Map<String, SyntheticConnector> change) {
    for (int attempt = 0; attempt < 5 && !livePaths.isEmpty(); attempt++) {
      String path = livePaths.get(random.nextInt(livePaths.size()));
      if (!change.containsKey(path) && !live.get(path).proposal()) {
        return path;
      }
    }
    return null;
  }

  /**
   * "Proposal - X (Independent Publisher)" becomes "X" with its files: one connector. Both names
   * are new to the repository, as a numbered copy would not be recognised as the same connector.
   */
  private void realizeProposal(Map<String, SyntheticConnector> change, List<String> subjects) {
    String path = proposalsOnDev.poll();
    SyntheticConnector proposal = live.get(path);
    String name = proposal.title().replace(" (Independent Publisher)", ""); // reserved by add
    ConnectorKind kind = ConnectorKind.INDEPENDENT_PUBLISHER;
    SyntheticConnector files = create(kind, name, proposal.title(), hostOf(name));
    rename(change, path, proposal.realized(name, files));
    subjects.add("Add " + proposal.title());
  }

  private void rename(Map<String, SyntheticConnector> change, String from, SyntheticConnector to) {
    String toPath = pathOf(to);
    change.put(from, null);
    change.put(toPath, to);
    identity.put(toPath, identity.remove(from));
    renames.add(new Rename(from, toPath));
  }

  /**
   * A pull request dev never merges, branching off dev's current head: a proposal (sometimes
   * followed by its files), two racing for one new folder, an update of a connector dev holds, a
   * near-duplicate of a certified connector, or a new connector.
   */
  private void openPull() throws IOException {
    int roll = random.nextInt(100);
    String existing = pickConnector(Map.of());
    if (roll < 30) {
      proposalPull();
    } else if (roll < 40 && nextPull + 1 <= size.pulls()) {
      SyntheticConnector first = create(ConnectorKind.INDEPENDENT_PUBLISHER, titles.next());
      SyntheticConnector second = create(first.kind(), first.folder(), first.title(), first.host());
      pull(Map.of(pathOf(first), first), "Add " + first.title());
      pull(Map.of(pathOf(second), second), "Add " + second.title() + " connector");
      racingPairs++;
    } else if (roll < 60 && existing != null) {
      SyntheticConnector updated = live.get(existing).withOperationAdded(random);
      pull(Map.of(existing, updated), "Update " + updated.title());
    } else if (roll < 70) {
      pull(nearDuplicate(), "Add connector");
    } else {
      SyntheticConnector connector = create(drawKind(), titles.next());
      pull(Map.of(pathOf(connector), connector), "Add " + connector.title());
    }
  }

  private void proposalPull() throws IOException {
    SyntheticTitles.Title title = titles.next();
    String name = title.title() + " (Independent Publisher)";
    SyntheticConnector proposal =
        SyntheticConnector.proposal(
            unique(ConnectorKind.INDEPENDENT_PUBLISHER, "Proposal - " + name), name);
    openProposals++;
    ObjectId head = pull(Map.of(pathOf(proposal), proposal), "Proposal: " + name);
    if (random.nextInt(100) < 25) {
      // the proposer adds the files under the final name on the same branch
      SyntheticConnector connector = create(ConnectorKind.INDEPENDENT_PUBLISHER, title);
      Map<String, SyntheticConnector> files = new LinkedHashMap<>();
      files.put(pathOf(proposal), null);
      files.put(pathOf(connector), connector);
      ObjectId tree = writer.rootWith(trees(files));
      refs.put(
          pullRef(nextPull - 1),
          writer.commit(tree, List.of(head), person(), "Add the connector files"));
    }
  }

  /** A certified connector's title again, published by someone else as an independent one. */
  private Map<String, SyntheticConnector> nearDuplicate() {
    for (String path : livePaths) {
      SyntheticConnector original = live.get(path);
      if (original.kind() == ConnectorKind.CERTIFIED && random.nextInt(20) == 0) {
        ConnectorKind kind = ConnectorKind.INDEPENDENT_PUBLISHER;
        SyntheticConnector copy =
            create(
                kind,
                unique(kind, original.title()),
                original.title() + " (Independent Publisher)",
                original.host());
        return Map.of(pathOf(copy), copy);
      }
    }
    SyntheticConnector connector = create(ConnectorKind.INDEPENDENT_PUBLISHER, titles.next());
    return Map.of(pathOf(connector), connector);
  }

  /** Commits {@code change} on a branch off dev's head and points the next pull ref at it. */
  private ObjectId pull(Map<String, SyntheticConnector> change, String message) throws IOException {
    ObjectId tree = writer.rootWith(trees(change));
    ObjectId head = writer.commit(tree, List.of(dev), person(), message);
    refs.put(pullRef(nextPull++), head);
    return head;
  }

  private Map<ConnectorKind, Map<String, ObjectId>> trees(Map<String, SyntheticConnector> change)
      throws IOException {
    Map<ConnectorKind, Map<String, ObjectId>> trees = new EnumMap<>(ConnectorKind.class);
    for (Map.Entry<String, SyntheticConnector> folder : change.entrySet()) {
      ConnectorKind kind = kindOf(folder.getKey());
      ObjectId tree =
          folder.getValue() == null ? null : writer.folderTree(folder.getValue().files());
      trees.computeIfAbsent(kind, k -> new HashMap<>()).put(folderOf(folder.getKey()), tree);
    }
    return trees;
  }

  private static String pullRef(int number) {
    return "refs/pull/" + number + "/head";
  }

  private static String pathOf(SyntheticConnector connector) {
    return connector.kind().topFolder() + "/" + connector.folder();
  }

  private static ConnectorKind kindOf(String path) {
    return ConnectorKind.fromTopFolder(path.substring(0, path.indexOf('/'))).orElseThrow();
  }

  private static String folderOf(String path) {
    return path.substring(path.indexOf('/') + 1);
  }

  /** A contributor, at a clock that moves a few hours per commit. */
  private PersonIdent person() {
    String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    return at(name);
  }

  private PersonIdent maintainer() {
    return at("Connector Maintainer");
  }

  private PersonIdent at(String name) {
    clock += 600 + random.nextInt(40_000);
    String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com";
    return new PersonIdent(name, email, Instant.ofEpochSecond(clock), ZoneOffset.UTC);
  }

  /** {@code SyntheticRepository --out DIR/repo.git [--scale F] [--connectors N] ...}. */
  @Command(
      name = "synthetic-repository",
      mixinStandardHelpOptions = true,
      description = "Writes a synthetic connectors repository and prints what it holds.")
  static final class Main implements Callable<Integer> {
    @Option(names = "--out", required = true, description = "the bare repository to create")
    Path out;

    @Option(names = "--scale", defaultValue = "1", description = "every dimension × F the bundle's")
    double scale;

    @Option(names = "--connectors", description = "connectors at the tip × F (default: --scale)")
    Double connectors;

    @Option(names = "--commits", description = "dev commits × F (default: --scale)")
    Double commits;

    @Option(names = "--pulls", description = "pull-request heads × F (default: --scale)")
    Double pulls;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--schema", description = "schemas/paconn-apiProperties.schema.json to ship")
    Path schema;

    @Override
    public Integer call() throws IOException {
      Size size =
          Size.BUNDLE.times(
              connectors == null ? scale : connectors,
              commits == null ? scale : commits,
              pulls == null ? scale : pulls);
      long start = System.nanoTime();
      Manifest manifest =
          generate(out, size, seed, schema == null ? null : Files.readAllBytes(schema));
      int folders = manifest.tipFolders().values().stream().mapToInt(Integer::intValue).sum();
      System.out.printf(
          Locale.ROOT,
          "connectors=%d commits=%d pulls=%d seconds=%.1f tip=%s%n",
          folders,
          manifest.devCommits(),
          manifest.pullRequests(),
          (System.nanoTime() - start) / 1e9,
          manifest.tip().name());
      return 0;
    }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }
}
