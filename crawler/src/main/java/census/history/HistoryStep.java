package census.history;

import census.crawl.RuleCatalogs;
import census.crawl.SnapshotCrawler;
import census.git.ConnectorTrees;
import census.git.RepositorySync;
import census.model.Severity;
import census.rules.CatalogChange;
import census.rules.RuleCatalog;
import census.rules.RuleEngine;
import census.warehouse.ParquetTableWriter;
import census.warehouse.Row;
import census.warehouse.TableSchema;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history crawl as one step: walk every commit of a ref, check each new folder content, assign
 * identities, find breaking changes, and publish {@code connector_versions}, {@code
 * connector_contents}, {@code content_findings} and {@code breaking_changes} together.
 *
 * <p>Contents checked by an earlier run with the same rule catalog are taken from its tables: their
 * rows are kept and their findings' Parquet files copied unread, so a run with nothing new reads no
 * connector file.
 */
public final class HistoryStep {
  private static final Logger LOG = LoggerFactory.getLogger(HistoryStep.class);

  /** Parts of content_findings (one per crawl that found new contents) before they are merged. */
  static final int MAX_FINDINGS_PARTS = 32;

  /** Findings written at a time when the unchanged rules' findings are copied. */
  private static final int KEEP_BATCH = 10_000;

  private HistoryStep() {}

  /** What a history crawl did. */
  public record Result(
      String ref,
      String commitId,
      int commitsWalked,
      int contentsChecked,
      int contentsReused,
      long filesRead,
      List<String> warnings,
      Map<String, Long> rowCounts) {
    public String summary() {
      return "history of "
          + ref
          + " at "
          + commitId
          + ": "
          + commitsWalked
          + " commits, "
          + contentsChecked
          + " folder contents checked, "
          + contentsReused
          + " from the cache, "
          + warnings.size()
          + " warnings; "
          + rowCounts;
    }
  }

  public static Result run(Path workdir, String warehouseLocation, String ref, String stagingId)
      throws IOException {
    Warehouse warehouse = new Warehouse(warehouseLocation);
    RuleEngine rules = new RuleEngine(RuleCatalog.standard());
    try (Repository repo = RepositorySync.open(workdir);
        Warehouse.Staging staging =
            warehouse.stage(
                stagingId + "-history-" + UUID.randomUUID().toString().substring(0, 8))) {
      long start = System.nanoTime();
      Result result = run(repo, warehouse, staging, ref, rules);
      staging.publish();
      LOG.info(
          "history: walked, checked and published in {} ms",
          (System.nanoTime() - start) / 1_000_000);
      return result;
    }
  }

  static Result run(
      Repository repo, Warehouse warehouse, Warehouse.Staging staging, String ref, RuleEngine rules)
      throws IOException {
    ObjectId tip = SnapshotCrawler.resolve(repo, ref);
    String catalogVersion = rules.catalog().version();
    ObjectId since = resumableFrom(repo, warehouse, ref, catalogVersion);
    if (tip.equals(since)) {
      LOG.info("history: {} is still at {}; nothing to walk", ref, tip.name());
      return new Result(ref, tip.name(), 0, 0, 0, 0, List.of(), Map.of());
    }
    HistoryWalk.Result walked = new HistoryWalk(repo).walk(tip, since);

    Map<String, HistoryWalk.Content> contents = new LinkedHashMap<>();
    for (HistoryWalk.CommitChanges commit : walked.commits()) {
      for (HistoryWalk.FolderChange change : commit.changes()) {
        if (change.before() != null) {
          contents.putIfAbsent(change.before().hash(), change.before());
        }
        if (change.after() != null) {
          contents.putIfAbsent(change.after().hash(), change.after());
        }
      }
    }

    Cache cache = cache(warehouse, rules.catalog());
    if (!cache.rows().isEmpty() && cache.change().isEmpty()) {
      int parts = staging.carryOver(Tables.CONTENT_FINDINGS, MAX_FINDINGS_PARTS);
      LOG.info(
          "history: {} cached contents, {} findings files carried over",
          cache.rows().size(),
          parts);
    }
    ContentChecks checks = new ContentChecks(rules, new ConnectorTrees(repo));
    long[] newFindings = {0};
    Map<String, Row> rows;
    Map<String, Row> reused;
    try (LazyPart findings = new LazyPart(staging)) {
      reused = cache.change().isEmpty() ? cache.rows() : keepFindings(warehouse, cache, findings);
      rows =
          checks.check(
              contents.values(),
              reused,
              cache.change(),
              list -> {
                synchronized (findings) {
                  findings.write(list);
                  newFindings[0] += list.size();
                }
              });
    }
    if (reused.isEmpty() && newFindings[0] == 0) {
      staging.write(Tables.CONTENT_FINDINGS, List.of()); // the cache needs the table, even empty
    }
    // Checked now, fully or by the changed rules: every row that is not the cached one.
    @SuppressWarnings("ReferenceEquality") // the cached row object itself, not an equal row
    int checked =
        (int) rows.entrySet().stream().filter(e -> e.getValue() != reused.get(e.getKey())).count();

    Identities identities = new Identities(rows::get);
    if (since != null) {
      identities.resume(warehouse.read(Tables.CONNECTOR_VERSIONS));
      identities.resumeBreakingChanges(warehouse.read(Tables.BREAKING_CHANGES));
    }
    walked.commits().forEach(identities::add);
    List<Row> versions = identities.versionRows();
    List<Row> breaking = identities.breakingChangeRows();
    List<Row> contentRows = new ArrayList<>(rows.values());
    contentRows.sort(java.util.Comparator.comparing(r -> r.string("content_hash")));

    Map<TableSchema, List<Row>> tables = new LinkedHashMap<>();
    tables.put(Tables.CONNECTOR_CONTENTS, contentRows);
    tables.put(Tables.CONNECTOR_VERSIONS, versions);
    tables.put(Tables.BREAKING_CHANGES, breaking);
    tables.put(Tables.RULE_CATALOGS, RuleCatalogs.withCurrent(warehouse, rules.catalog()));
    tables.put(
        Tables.HISTORY_STATE,
        List.of(
            Tables.HISTORY_STATE
                .row()
                .set("ref", ref)
                .set("tip", tip.name())
                .set("rule_catalog_version", catalogVersion)
                .set("walked_at", java.time.Instant.now())
                .set("commits_walked", walked.commitsWalked())
                .set("contents_checked", checked)
                .set("files_read", checks.filesRead())
                .build()));
    staging.writeAll(tables);
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put(Tables.CONNECTOR_VERSIONS.name(), (long) versions.size());
    counts.put(Tables.CONNECTOR_CONTENTS.name(), (long) contentRows.size());
    counts.put("new_" + Tables.CONTENT_FINDINGS.name(), newFindings[0]);
    counts.put(Tables.BREAKING_CHANGES.name(), (long) breaking.size());
    LOG.info("history: versions by change {}", identities.changeCounts());
    return new Result(
        ref,
        tip.name(),
        walked.commitsWalked(),
        checked,
        contents.size() - checked,
        checks.filesRead(),
        walked.warnings(),
        counts);
  }

  /**
   * The commit the published history tables reach, when the next crawl can continue from it: same
   * ref and rule catalog, every table there, and the commit still an ancestor of the ref (not after
   * a force push). Null means walk everything.
   */
  private static ObjectId resumableFrom(
      Repository repo, Warehouse warehouse, String ref, String catalogVersion) {
    for (var table :
        List.of(
            Tables.HISTORY_STATE,
            Tables.CONNECTOR_VERSIONS,
            Tables.CONNECTOR_CONTENTS,
            Tables.CONTENT_FINDINGS,
            Tables.BREAKING_CHANGES)) {
      if (!warehouse.exists(table)) {
        return null;
      }
      try {
        if (!warehouse.current(table)) {
          LOG.info("history: {} lacks columns of this build; walking everything", table.name());
          return null;
        }
      } catch (IOException | RuntimeException e) {
        LOG.warn("history: cannot read {}, walking everything: {}", table.name(), e.toString());
        return null;
      }
    }
    try {
      List<Row> state = warehouse.read(Tables.HISTORY_STATE);
      if (state.size() != 1
          || !ref.equals(state.get(0).string("ref"))
          || !catalogVersion.equals(state.get(0).string("rule_catalog_version"))) {
        return null;
      }
      ObjectId previous = ObjectId.fromString(state.get(0).string("tip"));
      ObjectId tip = SnapshotCrawler.resolve(repo, ref);
      try (org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(repo)) {
        return walk.isMergedInto(walk.parseCommit(previous), walk.parseCommit(tip))
            ? previous
            : null;
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "history: cannot continue from the previous crawl, walking everything: {}", e.toString());
      return null;
    }
  }

  /**
   * The previous run's content rows, and what changed in the rule catalog since they were checked.
   * No rows when they were checked under several catalogs or one whose rules are unknown, or when
   * the tables cannot be read: then everything is checked again.
   */
  private record Cache(Map<String, Row> rows, CatalogChange change) {
    static final Cache NONE = new Cache(Map.of(), CatalogChange.NONE);
  }

  private static Cache cache(Warehouse warehouse, RuleCatalog catalog) {
    if (!warehouse.exists(Tables.CONNECTOR_CONTENTS)
        || !warehouse.exists(Tables.CONTENT_FINDINGS)) {
      return Cache.NONE;
    }
    Map<String, Row> cached = new HashMap<>();
    TreeSet<String> versions = new TreeSet<>();
    try {
      if (!warehouse.current(Tables.CONNECTOR_CONTENTS)) {
        LOG.info("history: contents were stored with fewer columns; all are checked again");
        return Cache.NONE;
      }
      for (Row row : warehouse.read(Tables.CONNECTOR_CONTENTS)) {
        versions.add(row.string("rule_catalog_version"));
        cached.put(row.string("content_hash"), row);
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("history: the previous connector_contents cannot be read, so it is not used: {}", e);
      return Cache.NONE;
    }
    if (versions.size() > 1) {
      LOG.info(
          "history: contents were checked under {} rule catalogs; all are checked again",
          versions.size());
      return Cache.NONE;
    }
    if (versions.isEmpty()) {
      return new Cache(cached, CatalogChange.NONE);
    }
    Optional<CatalogChange> change = RuleCatalogs.since(warehouse, versions.first(), catalog);
    if (change.isEmpty()) {
      LOG.info("history: the rule catalog changed in unknown ways; every content is checked again");
      return Cache.NONE;
    }
    if (!change.get().isEmpty()) {
      LOG.info(
          "history: the rule catalog changed; rules {} run again on cached contents, findings of {}"
              + " are dropped",
          change.get().rerun(),
          change.get().stale());
    }
    return new Cache(cached, change.get());
  }

  /**
   * Copies the previous findings of rules the catalog change left alone into {@code findings}, and
   * returns the cached content rows with their counts reduced to those findings (the re-run rules'
   * findings are added to them as they are made).
   */
  private static Map<String, Row> keepFindings(Warehouse warehouse, Cache cache, LazyPart findings)
      throws IOException {
    Map<String, int[]> counts = new HashMap<>();
    // Streamed in batches: the findings of a long history need not fit in memory.
    List<Row> batch = new ArrayList<>();
    long[] kept = {0};
    warehouse.forEach(
        Tables.CONTENT_FINDINGS,
        f -> {
          if (cache.change().keeps(f.string("rule_id"))) {
            batch.add(f);
            int[] c = counts.computeIfAbsent(f.string("content_hash"), h -> new int[3]);
            String severity = f.string("severity");
            c[0] += Severity.ERROR.id().equals(severity) ? 1 : 0;
            c[1] += Severity.WARNING.id().equals(severity) ? 1 : 0;
            c[2]++;
            if (batch.size() == KEEP_BATCH) {
              findings.write(batch);
              kept[0] += batch.size();
              batch.clear();
            }
          }
        });
    findings.write(batch);
    kept[0] += batch.size();
    LOG.info("history: {} findings of unchanged rules kept", kept[0]);
    Map<String, Row> rows = new HashMap<>();
    cache
        .rows()
        .forEach(
            (hash, row) -> {
              int[] c = counts.getOrDefault(hash, new int[3]);
              rows.put(
                  hash,
                  row.with("error_count", c[0])
                      .with("warning_count", c[1])
                      .with("finding_count", c[2]));
            });
    return rows;
  }

  /** A part file of content_findings opened on the first rows, so a run with none adds none. */
  private static final class LazyPart implements AutoCloseable {
    private final Warehouse.Staging staging;
    private ParquetTableWriter writer;

    LazyPart(Warehouse.Staging staging) {
      this.staging = staging;
    }

    void write(List<Row> rows) throws IOException {
      if (rows.isEmpty()) {
        return;
      }
      if (writer == null) {
        writer = staging.newPart(Tables.CONTENT_FINDINGS);
      }
      writer.writeAll(rows);
    }

    @Override
    public void close() throws IOException {
      if (writer != null) {
        writer.close();
      }
    }
  }
}
