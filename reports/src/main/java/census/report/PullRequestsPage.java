package census.report;

import census.warehouse.Column;
import census.warehouse.Row;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * pulls.html: a link to the triage board, the proposals that never got artifacts, by how long they
 * have been quiet, and the pull-request tables (overlap outcomes, conflicts, every pull request
 * last), each with a breakdown by its outcome, state or class column and its rows.
 */
final class PullRequestsPage {
  /** Column names that hold an outcome or state, in the order they are preferred. */
  static final List<String> BREAKDOWN =
      List.of("outcome", "state", "status", "merged", "class", "match_class", "change", "kind");

  private PullRequestsPage() {}

  static void write(Site site) throws IOException {
    Page page = new Page(site, "pulls.html", "Pull requests", site.subtitle());
    page.section("Triage board")
        .link(
            "The pull requests to look at first, unmerged and active in the last year of the"
                + " data, sortable by age, outcome, overlaps, new errors and breaking changes:",
            TriagePage.FILE,
            "the triage board")
        .end();
    proposals(site, page);
    section(site, page, "pr_overlap", "Overlap with connectors and other proposals");
    section(site, page, "pr_conflicts", "Conflicts");
    section(site, page, "pull_requests", "Every pull request");
    site.page("pulls.html", page);
  }

  static void section(Site site, Page page, String name, String title) {
    page.section(title);
    List<Row> rows = site.data.table(name).orElse(null);
    if (rows == null) {
      page.absent(name, "written by the pull-request crawl").end();
      return;
    }
    if (!rows.isEmpty()) {
      breakdown(page, name, title, rows);
    }
    site.rows(page, name, title, rows);
    page.end();
  }

  /**
   * Unmerged proposals that never got artifacts (no API definition in any folder they touch), the
   * longest quiet first. Quiet is measured to the newest pull-request commit in the warehouse, not
   * to today, so a warehouse gives the same report on any day.
   */
  static void proposals(Site site, Page page) {
    page.section("Proposals that never got artifacts");
    List<Row> pulls = site.data.table("pull_requests").orElse(null);
    if (pulls == null) {
      page.absent("pull_requests", "written by the pull-request crawl").end();
      return;
    }
    Instant horizon =
        pulls.stream()
            .map(r -> (Instant) r.get("last_commit_time"))
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElse(Instant.EPOCH);
    List<Row> waiting =
        pulls.stream()
            .filter(r -> r.bool("is_proposal") && !r.bool("has_artifacts") && !r.bool("merged"))
            .sorted(
                Comparator.comparing(
                    (Row r) -> (Instant) r.get("last_commit_time"),
                    Comparator.nullsFirst(Comparator.naturalOrder())))
            .toList();
    Map<String, Long> byAge = new LinkedHashMap<>();
    for (String[] bucket : AGE_BUCKETS) {
      byAge.put(bucket[1], 0L);
    }
    Table table =
        Table.computed(
            "pulls-proposals-without-artifacts",
            "Proposals without artifacts, longest quiet first",
            "number",
            "proposed title",
            "author",
            "last commit",
            "days quiet",
            "stale");
    long stale = 0;
    for (Row r : waiting) {
      long days = quietDays(r, horizon);
      stale += days >= STALE_DAYS ? 1 : 0;
      byAge.merge(ageBucket(days), 1L, Long::sum);
      table.add(
          r.get("number"),
          r.string("proposed_title"),
          r.string("author"),
          r.get("last_commit_time"),
          days,
          days >= STALE_DAYS ? "stale" : "");
    }
    page.text(
        waiting.size()
            + " proposals were never merged and never got an API definition; "
            + stale
            + " of them have had no commit for "
            + STALE_DAYS
            + " days or more before the newest pull-request commit ("
            + horizon
            + "): their authors are the ones to ask whether the connector is still coming.");
    Table ages =
        Table.computed(
            "pulls-proposals-by-age", "Proposals without artifacts by time quiet", "quiet", "rows");
    byAge.forEach(ages::add);
    page.chart(
        "Proposals without artifacts by time quiet",
        Chart.single(
            "bar", "proposals", new ArrayList<>(byAge.keySet()), List.copyOf(byAge.values())),
        ages);
    page.table(table, true);
    page.end();
  }

  /** Days without a commit after which a proposal without artifacts is called stale. */
  static final int STALE_DAYS = 180;

  private static final String[][] AGE_BUCKETS = {
    {"30", "under 30 days"},
    {"180", "30 to 179 days"},
    {"365", "180 to 364 days"},
    {"", "a year or more"}
  };

  private static String ageBucket(long days) {
    for (String[] bucket : AGE_BUCKETS) {
      if (bucket[0].isEmpty() || days < Long.parseLong(bucket[0])) {
        return bucket[1];
      }
    }
    throw new IllegalStateException("the last bucket is open");
  }

  private static long quietDays(Row r, Instant horizon) {
    Instant last = (Instant) r.get("last_commit_time");
    return last == null ? 0 : Duration.between(last, horizon).toDays();
  }

  /** Rows per value of the table's outcome-like column, charted; nothing if it has none. */
  static void breakdown(Page page, String name, String title, List<Row> rows) {
    List<Column> columns = rows.get(0).schema().columns();
    Column by = null;
    for (String preferred : BREAKDOWN) {
      for (Column c : columns) {
        if (c.name().equals(preferred)
            && (c.type() == Column.Type.STRING || c.type() == Column.Type.BOOLEAN)) {
          by = c;
        }
      }
      if (by != null) {
        break;
      }
    }
    if (by == null) {
      return;
    }
    Map<String, Long> counts = new TreeMap<>();
    for (Row r : rows) {
      counts.merge(String.valueOf(r.get(by.name())), 1L, Long::sum);
    }
    Table table =
        Table.computed(
            "pulls-" + name + "-by-" + by.name(), title + " by " + by.name(), by.name(), "rows");
    counts.forEach(table::add);
    page.chart(
        title + " by " + by.name(),
        Chart.single("bar", "rows", new ArrayList<>(counts.keySet()), List.copyOf(counts.values())),
        table);
  }
}
