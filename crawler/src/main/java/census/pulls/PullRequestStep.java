package census.pulls;

import census.crawl.RuleCatalogs;
import census.git.RepositorySync;
import census.history.ContentCache;
import census.rules.CatalogChange;
import census.rules.Finding;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

  private static final Comparator<FolderCheckMemo.Key> VERSION_ORDER =
      Comparator.comparing(FolderCheckMemo.Key::path).thenComparing(FolderCheckMemo.Key::tree);

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
      PullRequestCrawler crawler =
          new PullRequestCrawler(repo, rules, memo, ContentCache.open(warehouse, catalogVersion));
      PullRequestCrawler.Heads heads = crawler.heads();
      Map<Integer, Row> previous = new HashMap<>();
      for (Row row : read(warehouse, Tables.PULL_REQUESTS)) {
        previous.put((int) row.longValue("number"), row);
      }
      Set<Integer> unchanged = new TreeSet<>();
      heads
          .pulls()
          .forEach(
              (number, head) -> {
                Row before = previous.get(number);
                if (before != null && upToDate(before, head, heads, catalogVersion)) {
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
      seed(
          memo,
          previous,
          oldConnectors,
          read(warehouse, Tables.PULL_REQUEST_FINDINGS),
          catalogs(warehouse, previous.values(), rules.catalog()));
      Set<Integer> todo = new TreeSet<>(heads.pulls().keySet());
      todo.removeAll(unchanged);
      LOG.info(
          "{} pull requests to crawl, {} unchanged, {} folder versions known",
          todo.size(),
          unchanged.size(),
          memo.size());
      Map<Integer, PullRequestCrawler.PullRequest> all = new TreeMap<>();
      for (int n : unchanged) {
        all.put(
            n,
            new PullRequestCrawler.PullRequest(
                previous.get(n), oldConnectors.getOrDefault(n, List.of())));
      }
      for (PullRequestCrawler.PullRequest pr : crawler.crawl(heads, todo)) {
        all.put((int) pr.pullRequest().longValue("number"), pr);
      }
      List<Row> pulls = new ArrayList<>();
      List<Row> connectors = new ArrayList<>();
      Set<FolderCheckMemo.Key> versions = new TreeSet<>(VERSION_ORDER);
      for (PullRequestCrawler.PullRequest pr : all.values()) {
        pulls.add(pr.pullRequest());
        connectors.addAll(pr.connectors());
        for (Row c : pr.connectors()) {
          if (c.string("tree_id") != null) {
            versions.add(key(c));
          }
        }
      }
      long findings;
      try (Warehouse.Staging staging =
          warehouse.stage(stagingId + "-" + UUID.randomUUID().toString().substring(0, 8))) {
        staging.write(Tables.PULL_REQUESTS, pulls);
        staging.write(Tables.PULL_REQUEST_CONNECTORS, connectors);
        // A folder version at a time: the memo's findings are not all copied into rows at once.
        try (ParquetTableWriter writer = staging.writer(Tables.PULL_REQUEST_FINDINGS)) {
          for (FolderCheckMemo.Key version : versions) {
            writer.writeAll(
                PullRequestCrawler.findingRows(version, memo.get(version).orElseThrow()));
          }
          findings = writer.rowCount();
        }
        staging.write(Tables.RULE_CATALOGS, RuleCatalogs.withCurrent(warehouse, rules.catalog()));
        staging.publish();
      }
      Map<String, Long> counts = new LinkedHashMap<>();
      counts.put(Tables.PULL_REQUESTS.name(), (long) pulls.size());
      counts.put(Tables.PULL_REQUEST_CONNECTORS.name(), (long) connectors.size());
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
   * Folder versions the previous crawl checked: with the same catalog they are done; with an
   * earlier one whose rules are known they keep the findings of unchanged rules, and only the
   * changed rules run on them.
   */
  private static void seed(
      FolderCheckMemo memo,
      Map<Integer, Row> previous,
      Map<Integer, List<Row>> connectors,
      List<Row> findings,
      Map<String, CatalogChange> changes) {
    Map<FolderCheckMemo.Key, List<Row>> found = new HashMap<>();
    for (Row f : findings) {
      found
          .computeIfAbsent(
              new FolderCheckMemo.Key(
                  f.string("connector_path"), ObjectId.fromString(f.string("tree_id"))),
              k -> new ArrayList<>())
          .add(f);
    }
    for (Map.Entry<Integer, List<Row>> e : connectors.entrySet()) {
      Row pull = previous.get(e.getKey());
      CatalogChange change = pull == null ? null : changes.get(pull.string("rule_catalog_version"));
      if (change == null) {
        continue;
      }
      for (Row c : e.getValue()) {
        if (c.string("tree_id") == null) {
          continue;
        }
        FolderCheckMemo.Key key = key(c);
        List<Finding> kept =
            found.getOrDefault(key, List.of()).stream()
                .filter(f -> change.keeps(f.string("rule_id")))
                .map(PullRequestCrawler::finding)
                .toList();
        FolderCheck check =
            new FolderCheck(
                c.string("title"),
                c.string("readme_title"),
                c.bool("has_swagger"),
                c.bool("only_docs"),
                kept);
        if (change.isEmpty()) {
          memo.put(key, check);
        } else if (memo.get(key).isEmpty()) {
          memo.putPartial(key, new FolderCheckMemo.Partial(check, change));
        }
      }
    }
  }

  private static FolderCheckMemo.Key key(Row connector) {
    return new FolderCheckMemo.Key(
        connector.string("path"), ObjectId.fromString(connector.string("tree_id")));
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
