package census.history;

import census.connector.ConnectorContext;
import census.connector.ConnectorFolder;
import census.connector.FileContents;
import census.connector.RepositoryView;
import census.crawl.SnapshotCrawler;
import census.extract.ConnectorExtractor;
import census.git.ConnectorTrees;
import census.model.Severity;
import census.parallel.Parallel;
import census.rules.CatalogChange;
import census.rules.Finding;
import census.rules.RuleEngine;
import census.warehouse.Row;
import census.warehouse.Tables;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jgit.lib.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts and checks each distinct folder content once: contents already in the cache (the
 * previous run's {@code connector_contents}, same rule catalog) are not read at all; the others are
 * checked on every core, their findings handed to a sink as they are made.
 */
final class ContentChecks {
  private static final Logger LOG = LoggerFactory.getLogger(ContentChecks.class);

  /** Receives each new content's findings, keyed by content hash; called from several threads. */
  @FunctionalInterface
  interface FindingSink {
    void accept(List<Row> contentFindings) throws java.io.IOException;
  }

  private final RuleEngine rules;
  private final ConnectorTrees trees;
  private final String catalogVersion;
  private final Map<ObjectId, RepositoryView> views = new ConcurrentHashMap<>();
  private final LongAdder filesRead = new LongAdder();

  ContentChecks(RuleEngine rules, ConnectorTrees trees) {
    this.rules = rules;
    this.trees = trees;
    this.catalogVersion = rules.catalog().version();
  }

  /** Files read from git objects so far: zero when every content came from the cache. */
  long filesRead() {
    return filesRead.sum();
  }

  /**
   * The {@code connector_contents} row of every content: from {@code cached} where it was checked
   * under this catalog; where it was checked under an earlier one ({@code change}), by running the
   * changed rules only and adding their findings to the cached row's; otherwise by checking it.
   * Returns the rows keyed by content hash.
   */
  Map<String, Row> check(
      Collection<HistoryWalk.Content> contents,
      Map<String, Row> cached,
      CatalogChange change,
      FindingSink sink) {
    Map<String, Row> rows = new ConcurrentHashMap<>();
    Map<String, Task> todo = new LinkedHashMap<>();
    for (HistoryWalk.Content c : contents) {
      Row before = cached.get(c.hash());
      if (before == null) {
        todo.putIfAbsent(c.hash(), new Task(c, null));
      } else if (catalogVersion.equals(before.string("rule_catalog_version"))) {
        rows.put(c.hash(), before);
      } else {
        todo.putIfAbsent(c.hash(), new Task(c, before));
      }
    }
    long rechecks = todo.values().stream().filter(t -> t.before() != null).count();
    LOG.info(
        "history: {} folder contents, {} from the cache, {} to check, {} to re-check with {}",
        contents.size(),
        rows.size(),
        todo.size() - rechecks,
        rechecks,
        rechecks == 0 ? "no rule" : change.rerun().size() + " changed rules");
    AtomicInteger done = new AtomicInteger();
    Parallel.forEach(
        todo.values(),
        task -> {
          Checked result =
              task.before() == null
                  ? check(task.content())
                  : recheck(task.content(), task.before(), change);
          try {
            sink.accept(result.findings());
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          rows.put(task.content().hash(), result.row());
          int n = done.incrementAndGet();
          if (n % 500 == 0 || n == todo.size()) {
            LOG.info("history: checked {}/{} folder contents", n, todo.size());
          }
        });
    return rows;
  }

  /** A content to check, with its row from an earlier catalog when only changed rules must run. */
  private record Task(HistoryWalk.Content content, Row before) {}

  private record Checked(Row row, List<Row> findings) {}

  /** The content's folder opened for checking, counting the files read. */
  private ConnectorContext open(HistoryWalk.Content content) {
    ConnectorFolder first = content.folder();
    FileContents base = first.contents();
    FileContents counted =
        (file, max) -> {
          filesRead.increment();
          return base.read(file, max);
        };
    ConnectorFolder folder =
        new ConnectorFolder(first.kind(), first.folder(), first.path(), first.files(), counted);
    RepositoryView view =
        views.computeIfAbsent(content.commitTree(), t -> trees.view(t).memoized());
    return new ConnectorContext(folder, view);
  }

  /** Runs the rules {@code change} names on a content checked under an earlier catalog. */
  private Checked recheck(HistoryWalk.Content content, Row before, CatalogChange change) {
    List<Finding> findings;
    try {
      findings = rules.findingsOnly(open(content), change.toRun());
    } catch (RuntimeException e) {
      LOG.warn("history: cannot re-check {} ({}): {}", content.folder().path(), content.hash(), e);
      findings = List.of();
    }
    return new Checked(
        before
            .with("rule_catalog_version", catalogVersion)
            .with(
                "error_count",
                (int) before.longValue("error_count") + count(findings, Severity.ERROR))
            .with(
                "warning_count",
                (int) before.longValue("warning_count") + count(findings, Severity.WARNING))
            .with("finding_count", (int) before.longValue("finding_count") + findings.size()),
        findings.stream().map(f -> findingRow(content.hash(), f)).toList());
  }

  private Checked check(HistoryWalk.Content content) {
    ConnectorFolder first = content.folder();
    Row.Builder row =
        Tables.CONNECTOR_CONTENTS
            .row()
            .set("content_hash", content.hash())
            .set("kind", first.kind().id())
            .set("rule_catalog_version", catalogVersion);
    try {
      ConnectorContext context = open(content);
      List<Finding> findings = rules.findingsOnly(context);
      Row extracted = ConnectorExtractor.extract(context, "", Instant.EPOCH, findings).connector();
      ApiSurface surface = ApiSurface.of(context);
      return new Checked(
          row.set("title", extracted.string("title"))
              .set("host", extracted.string("host"))
              .set("publisher", extracted.string("publisher"))
              .set("parse_status", extracted.string("parse_status"))
              .set("operation_count", extracted.get("operation_count"))
              .set("error_count", count(findings, Severity.ERROR))
              .set("warning_count", count(findings, Severity.WARNING))
              .set("finding_count", findings.size())
              .set("api_surface", surface.toJson())
              .build(),
          findings.stream().map(f -> findingRow(content.hash(), f)).toList());
    } catch (RuntimeException e) {
      // Hostile content that gets past every rule's own guard costs this content, not the crawl.
      LOG.warn("history: cannot check {} ({}): {}", first.path(), content.hash(), e.toString());
      return new Checked(
          row.set("parse_status", "failed")
              .set("operation_count", 0)
              .set("error_count", 0)
              .set("warning_count", 0)
              .set("finding_count", 0)
              .set("problem", e.toString())
              .build(),
          List.of());
    }
  }

  private static Row findingRow(String contentHash, Finding f) {
    return SnapshotCrawler.findingColumns(
            Tables.CONTENT_FINDINGS.row().set("content_hash", contentHash), f)
        .build();
  }

  private static int count(List<Finding> findings, Severity severity) {
    return (int) findings.stream().filter(f -> f.severity() == severity).count();
  }
}
