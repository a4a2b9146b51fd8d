package census.crawl;

import census.connector.ConnectorContext;
import census.connector.ConnectorExtractor;
import census.connector.ConnectorFolder;
import census.connector.RepositoryView;
import census.git.ConnectorTrees;
import census.rules.Finding;
import census.rules.RuleEngine;
import census.warehouse.Row;
import census.warehouse.Tables;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
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

  /** The rows of one snapshot, sorted by connector path. */
  public record Snapshot(
      String commitId,
      Instant commitTime,
      List<Row> connectors,
      List<Row> operations,
      List<Row> findings) {}

  /** Crawls {@code ref} (a branch name such as {@code dev}, a full ref or a commit id). */
  public Snapshot crawl(String ref) throws IOException {
    ObjectId id = resolve(repository, ref);
    try (RevWalk walk = new RevWalk(repository)) {
      RevCommit commit = walk.parseCommit(id);
      Instant time = Instant.ofEpochSecond(commit.getCommitTime());
      ConnectorTrees trees = new ConnectorTrees(repository);
      List<ConnectorFolder> folders = trees.folders(commit.getTree());
      RepositoryView view = trees.view(commit.getTree()).memoized();
      LOG.info("crawling {} connector folders at {} ({})", folders.size(), ref, id.name());
      AtomicInteger done = new AtomicInteger();
      List<ConnectorFolder> sorted = new ArrayList<>(folders);
      sorted.sort(java.util.Comparator.comparing(ConnectorFolder::path));
      List<Result> results =
          sorted.parallelStream()
              .map(f -> check(f, view, id.name(), time, done, sorted.size()))
              .toList();
      List<Row> connectors = new ArrayList<>();
      List<Row> operations = new ArrayList<>();
      List<Row> findings = new ArrayList<>();
      for (Result r : results) {
        connectors.add(r.extracted.connector());
        operations.addAll(r.extracted.operations());
        for (Finding f : r.findings) {
          findings.add(findingRow(f, id.name()));
        }
      }
      return new Snapshot(id.name(), time, connectors, operations, findings);
    }
  }

  private record Result(ConnectorExtractor.Extracted extracted, List<Finding> findings) {}

  private Result check(
      ConnectorFolder folder,
      RepositoryView view,
      String commitId,
      Instant time,
      AtomicInteger done,
      int total) {
    ConnectorContext context = new ConnectorContext(folder, view);
    List<Finding> findings = rules.check(context);
    ConnectorExtractor.Extracted extracted =
        ConnectorExtractor.extract(context, commitId, time, findings);
    int n = done.incrementAndGet();
    if (n % 250 == 0 || n == total) {
      LOG.info("checked {}/{} connectors", n, total);
    }
    return new Result(extracted, findings);
  }

  public static Row findingRow(Finding f, String commitId) {
    return Tables.FINDINGS
        .row()
        .set("connector_path", f.connectorPath())
        .set("commit_id", commitId)
        .set("file", f.file())
        .set("rule_id", f.ruleId())
        .set("severity", f.severity().id())
        .set("json_pointer", f.jsonPointer())
        .set("line", f.line())
        .set("column", f.column())
        .set("message", f.message())
        .build();
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
