package census.pulls;

import census.crawl.RuleCatalogs;
import census.git.RepositorySync;
import census.history.ContentCache;
import census.rules.CatalogChange;
import census.rules.FindingSummary;
import census.rules.RuleCatalog;
import census.rules.RuleEngine;
import census.warehouse.CorruptTableException;
import census.warehouse.ParquetTableWriter;
import census.warehouse.Row;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pull-request crawl as one step. A pull request whose head, dev and master tips and rule
 * catalog are those of its previous row keeps its previous rows; a folder version checked before
 * keeps its findings. When nothing moved, nothing is written.
 */
public final class PullRequestStep {
  private static final Logger LOG = LoggerFactory.getLogger(PullRequestStep.class);

  private PullRequestStep() {}

  /** What the step did: pull requests crawled anew and kept, and the rows of each table. */
  public record Result(
      int crawled, int kept, boolean written, String devCommit, Map<String, Long> rowCounts) {
    public String summary() {
      return written
          ? "crawled " + crawled + " pull requests, kept " + kept + " unchanged: " + rowCounts
          : "nothing new in " + kept + " pull requests: " + rowCounts;
    }
  }

  public static Result run(Path workdir, String warehouseLocation, String stagingId)
      throws IOException {
    return run(workdir, warehouseLocation, stagingId, new RuleEngine(RuleCatalog.standard()));
  }

  /** As above, with the rules of {@code rules}. */
  public static Result run(
      Path workdir, String warehouseLocation, String stagingId, RuleEngine rules)
      throws IOException {
    Warehouse warehouse = new Warehouse(warehouseLocation);
    String catalogVersion = rules.catalog().version();
    try (Repository repo = RepositorySync.open(workdir)) {
      FolderCheckMemo memo = new FolderCheckMemo();
      PullRequestCrawler.Heads heads = PullRequestCrawler.heads(repo);
      Map<Integer, Row> previous = new HashMap<>();
      for (Row row : read(warehouse, Tables.PULL_REQUESTS)) {
        previous.put((int) row.longValue("number"), row);
      }
      // A warehouse from before pull_request_commits was written, or before a column of its
      // folder rows was added, is crawled anew (the findings it holds are still used).
      boolean rowsCurrent = warehouse.current(Tables.PULL_REQUEST_CONNECTORS);
      boolean hasCommits = warehouse.exists(Tables.PULL_REQUEST_COMMITS) && rowsCurrent;
      Set<Integer> unchanged = new TreeSet<>();
      heads
          .pulls()
          .forEach(
              (number, head) -> {
                Row before = previous.get(number);
                if (hasCommits && before != null && upToDate(before, head, heads, catalogVersion)) {
                  unchanged.add(number);
                }
              });
      if (unchanged.size() == heads.pulls().size() && previous.size() == unchanged.size()) {
        LOG.info("no pull request, dev or master moved since the last crawl");
        return new Result(
            0,
            unchanged.size(),
            false,
            heads.dev().name(),
            Map.of(Tables.PULL_REQUESTS.name(), (long) previous.size()));
      }
      Map<Integer, List<Row>> oldConnectors =
          byNumber(read(warehouse, Tables.PULL_REQUEST_CONNECTORS));
      seedBreakingChanges(memo, oldConnectors.values());
      Map<Integer, List<Row>> oldCommits = byNumber(read(warehouse, Tables.PULL_REQUEST_COMMITS));
      Optional<Map<FolderCheckMemo.Key, CatalogChange>> seeded =
          seed(
              memo,
              warehouse,
              previous,
              oldConnectors,
              oldCommits,
              catalogs(warehouse, previous.values(), rules.catalog()),
              rowsCurrent);
      if (seeded.isEmpty()) {
        unchanged.clear();
      }
      Set<Integer> todo = new TreeSet<>(heads.pulls().keySet());
      todo.removeAll(unchanged);
      LOG.info(
          "{} pull requests to crawl, {} unchanged, {} folder versions known",
          todo.size(),
          unchanged.size(),
          memo.size());
      ContentCache contents = ContentCache.open(warehouse, catalogVersion);
      List<Row> pulls = new ArrayList<>();
      List<Row> connectors = new ArrayList<>();
      List<Row> commits = new ArrayList<>();
      long findings;
      try (Warehouse.Staging staging =
          warehouse.stage(stagingId + "-" + UUID.randomUUID().toString().substring(0, 8))) {
        try (ParquetTableWriter writer = staging.newPart(Tables.PULL_REQUEST_FINDINGS)) {
          // Each checked version's findings are written as they are found, from several threads.
          PullRequestCrawler crawler =
              new PullRequestCrawler(
                  repo,
                  rules,
                  memo,
                  contents,
                  (version, found) -> {
                    List<Row> rows = PullRequestCrawler.findingRows(version, found);
                    synchronized (writer) {
                      writer.writeAll(rows);
                    }
                  });
          Map<Integer, PullRequestCrawler.PullRequest> all = new TreeMap<>();
          for (int n : unchanged) {
            all.put(
                n,
                new PullRequestCrawler.PullRequest(
                    previous.get(n),
                    oldConnectors.getOrDefault(n, List.of()),
                    oldCommits.getOrDefault(n, List.of())));
          }
          for (PullRequestCrawler.PullRequest pr : crawler.crawl(heads, todo)) {
            all.put((int) pr.pullRequest().longValue("number"), pr);
          }
          Set<FolderCheckMemo.Key> versions = new HashSet<>();
          for (PullRequestCrawler.PullRequest pr : all.values()) {
            pulls.add(pr.pullRequest());
            connectors.addAll(pr.connectors());
            commits.addAll(pr.commits());
            versions.addAll(versions(pr.connectors(), pr.commits()));
          }
          copyPrevious(warehouse, seeded.orElse(Map.of()), versions, writer);
          copyFromHistory(contents, crawler.fromHistoryCache(), versions, writer);
          findings = writer.rowCount();
        }
        staging.write(Tables.PULL_REQUESTS, pulls);
        staging.write(Tables.PULL_REQUEST_CONNECTORS, connectors);
        staging.write(Tables.PULL_REQUEST_COMMITS, commits);
        staging.write(Tables.RULE_CATALOGS, RuleCatalogs.withCurrent(warehouse, rules.catalog()));
        staging.publish();
      }
      Map<String, Long> counts = new LinkedHashMap<>();
      counts.put(Tables.PULL_REQUESTS.name(), (long) pulls.size());
      counts.put(Tables.PULL_REQUEST_CONNECTORS.name(), (long) connectors.size());
      counts.put(Tables.PULL_REQUEST_COMMITS.name(), (long) commits.size());
      counts.put(Tables.PULL_REQUEST_FINDINGS.name(), findings);
      return new Result(todo.size(), unchanged.size(), true, heads.dev().name(), counts);
    }
  }

  private static boolean upToDate(
      Row before, ObjectId head, PullRequestCrawler.Heads heads, String catalogVersion) {
    return head.name().equals(before.string("head_commit"))
        && heads.dev().name().equals(before.string("dev_commit"))
        && Objects.equals(
            heads.master() == null ? null : heads.master().name(), before.string("master_commit"))
        && catalogVersion.equals(before.string("rule_catalog_version"));
  }

  /** Breaking changes the previous crawl counted: they depend on the two trees alone. */
  private static void seedBreakingChanges(FolderCheckMemo memo, Collection<List<Row>> connectors) {
    for (List<Row> rows : connectors) {
      for (Row r : rows) {
        if (r.string("tree_id") != null
            && r.string("base_tree_id") != null
            && r.get("breaking_change_count") != null) {
          memo.putBreakingChanges(
              ObjectId.fromString(r.string("base_tree_id")),
              ObjectId.fromString(r.string("tree_id")),
              (int) r.longValue("breaking_change_count"));
        }
      }
    }
  }

  /**
   * What changed since each rule catalog the previous crawl's pull requests were checked with;
   * catalogs whose rules are unknown are left out (their versions are checked again in full).
   */
  private static Map<String, CatalogChange> catalogs(
      Warehouse warehouse, Collection<Row> previous, RuleCatalog current) {
    Map<String, CatalogChange> changes = new HashMap<>();
    for (Row pull : previous) {
      String version = pull.string("rule_catalog_version");
      if (version != null && !changes.containsKey(version)) {
        RuleCatalogs.since(warehouse, version, current).ifPresent(c -> changes.put(version, c));
      }
    }
    return changes;
  }

  /**
   * Folder versions the previous crawl checked, every one its rows name: with the same catalog they
   * are done (a head's row gives its title, host, readme and files too, unless the rows lack
   * columns of this build); with an earlier one whose rules are known they keep the findings of
   * unchanged rules, and only the changed rules run on them. Returns the versions seeded, with the
   * change each was checked under, whose kept findings are copied when the table is written; empty
   * when the previous findings cannot be read: then nothing is kept.
   */
  private static Optional<Map<FolderCheckMemo.Key, CatalogChange>> seed(
      FolderCheckMemo memo,
      Warehouse warehouse,
      Map<Integer, Row> previous,
      Map<Integer, List<Row>> connectors,
      Map<Integer, List<Row>> commits,
      Map<String, CatalogChange> changes,
      boolean rowsCurrent)
      throws IOException {
    Map<FolderCheckMemo.Key, CatalogChange> named = new HashMap<>();
    Map<FolderCheckMemo.Key, Row> heads = new HashMap<>();
    for (Row pull : previous.values()) {
      CatalogChange change = changes.get(pull.string("rule_catalog_version"));
      if (change == null) {
        continue;
      }
      int number = (int) pull.longValue("number");
      List<Row> folders = connectors.getOrDefault(number, List.of());
      for (FolderCheckMemo.Key key : versions(folders, commits.getOrDefault(number, List.of()))) {
        named.merge(key, change, (a, b) -> a.isEmpty() ? a : b);
      }
      if (change.isEmpty() && rowsCurrent) {
        for (Row c : folders) {
          if (c.string("tree_id") != null) {
            heads.putIfAbsent(key(c, "tree_id"), c);
          }
        }
      }
    }
    Map<FolderCheckMemo.Key, FindingSummary.Builder> found = new HashMap<>();
    try {
      warehouse.forEach(
          Tables.PULL_REQUEST_FINDINGS.project(
              List.of(
                  "connector_path",
                  "tree_id",
                  "file",
                  "rule_id",
                  "severity",
                  "json_pointer",
                  "message")),
          f -> {
            FolderCheckMemo.Key key = key(f);
            CatalogChange change = named.get(key);
            if (change != null && change.keeps(f.string("rule_id"))) {
              found
                  .computeIfAbsent(key, k -> new FindingSummary.Builder())
                  .add(
                      f.string("file"),
                      f.string("rule_id"),
                      f.string("json_pointer"),
                      f.string("message"),
                      f.string("severity"));
            }
          });
    } catch (CorruptTableException e) {
      LOG.warn(
          "cannot read the previous pull_request_findings ({}); crawling every pull request",
          e.getMessage());
      return Optional.empty();
    }
    named.forEach(
        (key, change) -> {
          FindingSummary.Builder b = found.get(key);
          FindingSummary kept = b == null ? FindingSummary.EMPTY : b.build();
          Row head = heads.get(key);
          if (head != null) {
            memo.put(
                key,
                new FolderCheck(
                    head.string("title"),
                    head.string("host"),
                    head.string("publisher"),
                    head.string("readme_title"),
                    head.bool("has_swagger"),
                    head.bool("only_docs"),
                    kept));
          } else {
            memo.putPartial(key, new FolderCheckMemo.Partial(kept, change));
          }
        });
    return Optional.of(named);
  }

  /**
   * Copies the previous crawl's findings of the {@code seeded} versions the new rows still name,
   * those of rules their catalog change kept, in one pass over the table.
   */
  private static void copyPrevious(
      Warehouse warehouse,
      Map<FolderCheckMemo.Key, CatalogChange> seeded,
      Set<FolderCheckMemo.Key> versions,
      ParquetTableWriter writer)
      throws IOException {
    if (seeded.isEmpty()) {
      return;
    }
    warehouse.forEach(
        Tables.PULL_REQUEST_FINDINGS,
        f -> {
          FolderCheckMemo.Key key = key(f);
          CatalogChange change = seeded.get(key);
          if (change != null && versions.contains(key) && change.keeps(f.string("rule_id"))) {
            writer.writeAll(
                PullRequestCrawler.findingRows(key, List.of(PullRequestCrawler.finding(f))));
          }
        });
  }

  /**
   * Copies the history's findings of the versions the crawl took from its cache, each as a finding
   * of the version's path, in one pass over {@code content_findings}.
   */
  private static void copyFromHistory(
      ContentCache contents,
      Map<FolderCheckMemo.Key, String> cached,
      Set<FolderCheckMemo.Key> versions,
      ParquetTableWriter writer)
      throws IOException {
    Map<String, List<FolderCheckMemo.Key>> byHash = new HashMap<>();
    cached.forEach(
        (key, hash) -> {
          if (versions.contains(key)) {
            byHash.computeIfAbsent(hash, h -> new ArrayList<>()).add(key);
          }
        });
    contents.forEachFinding(
        byHash.keySet(),
        row -> {
          for (FolderCheckMemo.Key key : byHash.get(row.string("content_hash"))) {
            writer.writeAll(
                PullRequestCrawler.findingRows(
                    key, List.of(PullRequestCrawler.finding(key.path(), row))));
          }
        });
  }

  /** The folder versions a pull request's rows name: its heads', bases' and commits'. */
  private static Set<FolderCheckMemo.Key> versions(List<Row> connectors, List<Row> commits) {
    Set<FolderCheckMemo.Key> named = new HashSet<>();
    for (Row c : connectors) {
      for (String column : List.of("tree_id", "base_tree_id")) {
        if (c.string(column) != null) {
          named.add(key(c, column));
        }
      }
    }
    for (Row c : commits) {
      if (c.string("tree_id") != null) {
        named.add(key(c, "tree_id"));
      }
    }
    return named;
  }

  private static FolderCheckMemo.Key key(Row finding) {
    return new FolderCheckMemo.Key(
        finding.string("connector_path"), ObjectId.fromString(finding.string("tree_id")));
  }

  private static FolderCheckMemo.Key key(Row row, String treeColumn) {
    return new FolderCheckMemo.Key(row.string("path"), ObjectId.fromString(row.string(treeColumn)));
  }

  private static Map<Integer, List<Row>> byNumber(List<Row> rows) {
    Map<Integer, List<Row>> grouped = new HashMap<>();
    for (Row r : rows) {
      grouped.computeIfAbsent((int) r.longValue("number"), k -> new ArrayList<>()).add(r);
    }
    return grouped;
  }

  /** A table of the last crawl; one that cannot be read is crawled anew rather than trusted. */
  private static List<Row> read(Warehouse warehouse, census.warehouse.TableSchema table)
      throws IOException {
    try {
      return warehouse.read(table);
    } catch (CorruptTableException e) {
      LOG.warn(
          "cannot read the previous {} ({}); crawling every pull request",
          table.name(),
          e.getMessage());
      return List.of();
    }
  }
}
