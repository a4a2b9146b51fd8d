package census.history;

import census.connector.ConnectorContext;
import census.connector.ConnectorExtractor;
import census.connector.ConnectorFolder;
import census.connector.FileContents;
import census.connector.RepositoryView;
import census.crawl.SnapshotCrawler;
import census.git.ConnectorTrees;
import census.json.JsonDocument;
import census.model.Severity;
import census.parallel.Parallel;
import census.rules.Finding;
import census.rules.RuleEngine;
import census.warehouse.Row;
import census.warehouse.Tables;
import com.fasterxml.jackson.databind.node.MissingNode;
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
   * The {@code connector_contents} row of every content, from {@code cached} where present,
   * otherwise by checking it; returns the rows keyed by content hash.
   */
  Map<String, Row> check(
      Collection<HistoryWalk.Content> contents, Map<String, Row> cached, FindingSink sink) {
    Map<String, HistoryWalk.Content> missing = new LinkedHashMap<>();
    Map<String, Row> rows = new ConcurrentHashMap<>(cached);
    for (HistoryWalk.Content c : contents) {
      if (!rows.containsKey(c.hash())) {
        missing.putIfAbsent(c.hash(), c);
      }
    }
    LOG.info(
        "history: {} folder contents, {} from the cache, {} to check",
        contents.size(),
        contents.size() - missing.size(),
        missing.size());
    AtomicInteger done = new AtomicInteger();
    Parallel.forEach(
        missing.values(),
        c -> {
          Checked result = check(c);
          try {
            sink.accept(result.findings());
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          rows.put(c.hash(), result.row());
          int n = done.incrementAndGet();
          if (n % 500 == 0 || n == missing.size()) {
            LOG.info("history: checked {}/{} folder contents", n, missing.size());
          }
        });
    return rows;
  }

  private record Checked(Row row, List<Row> findings) {}

  private Checked check(HistoryWalk.Content content) {
    ConnectorFolder first = content.folder();
    FileContents base = first.contents();
    FileContents counted =
        (file, max) -> {
          filesRead.increment();
          return base.read(file, max);
        };
    ConnectorFolder folder =
        new ConnectorFolder(first.kind(), first.folder(), first.path(), first.files(), counted);
    Row.Builder row =
        Tables.CONNECTOR_CONTENTS
            .row()
            .set("content_hash", content.hash())
            .set("kind", folder.kind().id())
            .set("rule_catalog_version", catalogVersion);
    try {
      RepositoryView view =
          views.computeIfAbsent(content.commitTree(), t -> trees.view(t).memoized());
      ConnectorContext context = new ConnectorContext(folder, view);
      List<Finding> findings = rules.check(context);
      Row extracted = ConnectorExtractor.extract(context, "", Instant.EPOCH, findings).connector();
      ApiSurface surface =
          ApiSurface.of(
              context.swagger().map(JsonDocument::tree).orElse(MissingNode.getInstance()),
              context.properties().map(JsonDocument::tree).orElse(MissingNode.getInstance()));
      return new Checked(
          row.set("title", extracted.string("title"))
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
