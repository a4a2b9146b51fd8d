package census.crawl;

import census.connector.ConnectorContext;
import census.connector.ConnectorFolder;
import census.connector.RepositoryView;
import census.extract.ConnectorExtractor;
import census.git.ConnectorTrees;
import census.model.Severity;
import census.parallel.Parallel;
import census.rules.CatalogChange;
import census.rules.Finding;
import census.rules.RuleEngine;
import census.rules.files.ApiPropertiesSchema;
import census.warehouse.Row;
import census.warehouse.Tables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every connector folder at one commit straight from git objects, extracts its metadata and
 * checks it against the rule catalog.
 */
public final class SnapshotCrawler {
  private static final Logger LOG = LoggerFactory.getLogger(SnapshotCrawler.class);

  private final Repository repository;
  private final RuleEngine rules;

  public SnapshotCrawler(Repository repository, RuleEngine rules) {
    this.repository = repository;
    this.rules = rules;
  }

  /**
   * What a crawl read.
   *
   * @param checked folders read and checked
   * @param reused folders whose rows came unchanged from the previous crawl
   */
  public record Snapshot(String commitId, Instant commitTime, int checked, int reused) {}

  /**
   * Receives each folder's rows in path order, one folder at a time, as soon as it and those before
   * it are done, so that a crawl need not hold every finding (eleven million at 100× the
   * connectors) and writes its tables as a crawl on one core would.
   */
  @FunctionalInterface
  public interface Sink {
    void accept(PreviousCrawl.Folder rows) throws IOException;
  }

  /**
   * Crawls {@code ref} (a branch name such as {@code dev}, a full ref or a commit id), reusing the
   * rows of folders that {@code previous} holds with the same tree; the engine's check version is
   * recorded with each connector for the next crawl to compare.
   */
  public Snapshot crawl(String ref, PreviousCrawl previous, Sink sink) throws IOException {
    String checkVersion = rules.checkVersion();
    ObjectId id = resolve(repository, ref);
    try (RevWalk walk = new RevWalk(repository)) {
      RevCommit commit = walk.parseCommit(id);
      Instant time = Instant.ofEpochSecond(commit.getCommitTime());
      ConnectorTrees trees = new ConnectorTrees(repository);
      List<ConnectorFolder> folders = trees.folders(commit.getTree());
      Map<String, ObjectId> folderTrees = trees.folderTrees(commit.getTree());
      RepositoryView view = trees.view(commit.getTree()).memoized();
      String schemaBlob = blobAt(commit.getTree(), ApiPropertiesSchema.SCHEMA_PATH);
      LOG.info("crawling {} connector folders at {} ({})", folders.size(), ref, id.name());
      AtomicInteger done = new AtomicInteger();
      AtomicInteger reused = new AtomicInteger();
      AtomicInteger rechecked = new AtomicInteger();
      List<ConnectorFolder> sorted = new ArrayList<>(folders);
      sorted.sort(Comparator.comparing(ConnectorFolder::path));
      Function<ConnectorFolder, PreviousCrawl.Folder> rowsOf =
          f -> {
            String tree = folderTrees.get(f.path()).name();
            Optional<PreviousCrawl.Folder> same = previous.unchanged(f.path(), tree);
            if (same.isPresent()) {
              reused.incrementAndGet();
              PreviousCrawl.Folder rows = same.get();
              if (!Objects.equals(schemaBlob, rows.connector().string("schema_blob"))) {
                // The folder is as it was, but the schema its apiProperties.json is held to
                // is not: that one check runs again.
                rows =
                    new PreviousCrawl.Folder(
                        rows.connector().with("schema_blob", schemaBlob),
                        rows.operations(),
                        rows.findings(),
                        rows.change().plus(ApiPropertiesSchema.ID));
              }
              if (!rows.change().isEmpty()) {
                rows = recheck(f, rows, checkVersion, view);
                rechecked.incrementAndGet();
              }
              return at(rows, id.name(), time);
            }
            return check(
                f, tree, checkVersion, schemaBlob, view, id.name(), time, done, sorted.size());
          };
      InOrder inOrder = new InOrder(sink);
      try {
        Parallel.forEach(
            java.util.stream.IntStream.range(0, sorted.size()).boxed().toList(),
            i -> inOrder.accept(i, rowsOf.apply(sorted.get(i))));
      } catch (UncheckedIOException e) {
        throw e.getCause(); // a failed write, such as a full disk, names its file
      }
      LOG.info(
          "{} connectors checked, {} unchanged since the last crawl ({} of them re-checked with"
              + " the rules that changed since)",
          done.get(),
          reused.get(),
          rechecked.get());
      return new Snapshot(id.name(), time, done.get(), reused.get());
    }
  }

  /**
   * Passes rows on in the order of their index, holding those that finish early: with a thread per
   * core, only the folders done while a slower one before them is checked wait.
   */
  private static final class InOrder {
    private final Sink sink;
    private final Map<Integer, PreviousCrawl.Folder> early = new HashMap<>();
    private int next;

    InOrder(Sink sink) {
      this.sink = sink;
    }

    synchronized void accept(int index, PreviousCrawl.Folder rows) {
      early.put(index, rows);
      try {
        for (PreviousCrawl.Folder r = early.remove(next); r != null; r = early.remove(next)) {
          sink.accept(r);
          next++;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * A folder's previous rows after a catalog change: the findings of rules left alone are kept, the
   * new and changed rules run, and the rows come out as a full check under this catalog would make
   * them (findings in rule order, counts of both).
   */
  private PreviousCrawl.Folder recheck(
      ConnectorFolder folder, PreviousCrawl.Folder rows, String checkVersion, RepositoryView view) {
    String commitId = rows.connector().string("commit_id");
    List<Row> findings = new ArrayList<>();
    for (Row f : rows.findings()) {
      if (rows.change().keeps(f.string("rule_id"))) {
        findings.add(f);
      }
    }
    for (Finding f :
        rules.findingsOnly(new ConnectorContext(folder, view), rows.change().toRun())) {
      findings.add(findingRow(f, commitId));
    }
    // Stable: each rule's findings keep their order, as the engine runs the rules by id.
    findings.sort(Comparator.comparing(f -> f.string("rule_id")));
    return new PreviousCrawl.Folder(
        rows.connector()
            .with("check_version", checkVersion)
            .with("error_count", count(findings, Severity.ERROR))
            .with("warning_count", count(findings, Severity.WARNING)),
        rows.operations(),
        findings,
        CatalogChange.NONE);
  }

  private static int count(List<Row> findings, Severity severity) {
    return (int) findings.stream().filter(f -> severity.id().equals(f.string("severity"))).count();
  }

  /** A folder's previous rows, now read at another commit. */
  private static PreviousCrawl.Folder at(PreviousCrawl.Folder rows, String commitId, Instant time) {
    return new PreviousCrawl.Folder(
        rows.connector().with("commit_id", commitId).with("commit_time", time),
        rows.operations().stream().map(o -> o.with("commit_id", commitId)).toList(),
        rows.findings().stream().map(f -> f.with("commit_id", commitId)).toList(),
        rows.change());
  }

  private PreviousCrawl.Folder check(
      ConnectorFolder folder,
      String folderTree,
      String checkVersion,
      String schemaBlob,
      RepositoryView view,
      String commitId,
      Instant time,
      AtomicInteger done,
      int total) {
    ConnectorContext context = new ConnectorContext(folder, view);
    List<Finding> findings = rules.findingsOnly(context);
    ConnectorExtractor.Extracted extracted =
        ConnectorExtractor.extract(context, commitId, time, findings);
    int n = done.incrementAndGet();
    if (n % 250 == 0 || n == total) {
      LOG.info("checked {}/{} connectors", n, total);
    }
    return new PreviousCrawl.Folder(
        extracted
            .connector()
            .with("folder_tree", folderTree)
            .with("check_version", checkVersion)
            .with("schema_blob", schemaBlob),
        extracted.operations(),
        findings.stream().map(f -> findingRow(f, commitId)).toList(),
        CatalogChange.NONE);
  }

  public static Row findingRow(Finding f, String commitId) {
    return findingColumns(
            Tables.FINDINGS
                .row()
                .set("connector_path", f.connectorPath())
                .set("commit_id", commitId),
            f)
        .build();
  }

  /**
   * Sets the columns every findings table shares (file, rule, severity, place, message); the tables
   * differ only in what they key a finding by.
   */
  public static Row.Builder findingColumns(Row.Builder row, Finding f) {
    return row.set("file", f.file())
        .set("rule_id", f.ruleId())
        .set("severity", f.severity().id())
        .set("json_pointer", f.jsonPointer())
        .set("line", f.line())
        .set("column", f.column())
        .set("message", f.message());
  }

  /** The blob id of the file at {@code path} in {@code tree}, or null when there is none. */
  private String blobAt(RevTree tree, String path) throws IOException {
    try (TreeWalk walk = TreeWalk.forPath(repository, path, tree)) {
      return walk == null ? null : walk.getObjectId(0).name();
    }
  }

  /** A branch name such as {@code dev}, a full ref or a commit id, as a commit id. */
  public static ObjectId resolve(Repository repository, String ref) throws IOException {
    for (String candidate : List.of("refs/heads/" + ref, ref)) {
      ObjectId id = repository.resolve(candidate + "^{commit}");
      if (id != null) {
        return id;
      }
    }
    throw new IOException("no ref or commit named " + ref + " in " + repository.getDirectory());
  }
}
