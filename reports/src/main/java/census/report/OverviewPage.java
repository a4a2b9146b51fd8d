package census.report;

import census.warehouse.Row;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** index.html: headline figures, connectors by kind, publishers, auth kinds, categories, growth. */
final class OverviewPage {
  static final int TOP = 25;
  static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

  private OverviewPage() {}

  static void write(Site site) throws IOException {
    ReportData data = site.data;
    long total = data.connectors().size();
    Page page = new Page(site, "index.html", "Connector Census", site.subtitle());
    Optional<Map<String, Long>> publishers = data.counts("publisher", "(none)");
    Optional<Map<String, Long>> conformance = data.counts("conformance", "");
    if (publishers.isPresent() && conformance.isPresent()) {
      page.cards(
          new long[] {
            total,
            publishers.get().size(),
            conformance.get().getOrDefault("with_errors", 0L),
            data.findings().size(),
            data.duplicateGroupsById().size()
          },
          new String[] {
            "connectors",
            "publishers",
            "connectors with errors",
            "findings",
            "duplicate title groups"
          });
    } else {
      page.cards(
          new long[] {total, data.findings().size(), data.duplicateGroupsById().size()},
          new String[] {"connectors", "findings", "duplicate title groups"});
      page.absent(ReportData.COUNTS, ReportData.COUNTS_JOB);
    }

    Map<String, Long> kinds = section(page, "Connectors by kind", data.counts("kind", "(none)"));
    if (kinds != null) {
      Site.counts(page, "overview-kinds", "Connectors by kind", "kind", kinds, total, "doughnut");
      page.end();
    }

    if (section(page, "Publishers", publishers) != null) {
      page.text(
          "The "
              + Math.min(TOP, publishers.get().size())
              + " with the most connectors, of "
              + publishers.get().size()
              + ".");
      Site.counts(
          page,
          "overview-publishers",
          "Top publishers",
          "publisher",
          Site.top(publishers.get(), TOP),
          total,
          "horizontal-bar");
      page.end();
    }

    Map<String, Long> auth =
        section(page, "Authentication", data.counts("auth_kind", "(none declared)"));
    if (auth != null) {
      page.text("A connector with several authentication kinds counts once under each.");
      Site.counts(
          page,
          "overview-auth",
          "Connectors by authentication kind",
          "auth kind",
          auth,
          total,
          "bar");
      page.end();
    }

    Map<String, Long> categories =
        section(page, "Categories", data.counts("category", "(no category)"));
    if (categories != null) {
      page.text("A connector may declare several categories.");
      Site.counts(
          page,
          "overview-categories",
          "Connectors by category",
          "category",
          Site.top(categories, TOP),
          total,
          "horizontal-bar");
      page.end();
    }

    growth(site, page);
    site.page("index.html", page);
  }

  /**
   * Opens a section of connector counts and returns them; when the warehouse lacks their table,
   * says so, closes the section and returns null.
   */
  private static Map<String, Long> section(
      Page page, String title, Optional<Map<String, Long>> counts) {
    page.section(title);
    if (counts.isEmpty()) {
      page.absent(ReportData.COUNTS, ReportData.COUNTS_JOB).end();
    }
    return counts.orElse(null);
  }

  /**
   * Connectors in the repository month by month: a connector counts from the commit the history
   * crawl saw it added (or re-added) at until one that deleted it. Without the history
   * (connector_versions) only the snapshot is known.
   */
  private static void growth(Site site, Page page) {
    page.section("Growth over time");
    List<Row> versions = site.data.table("connector_versions").orElse(null);
    if (versions == null) {
      page.absent("connector_versions", "written by the history crawl");
      page.text("At the crawled snapshot: " + site.data.connectors().size() + " connectors.");
      page.end();
      return;
    }
    String key = keyColumn(site.data);
    List<String> missing = site.data.missing("connector_versions", "commit_time");
    if (key == null || !missing.isEmpty()) {
      page.text(
          "The table connector_versions lacks the columns growth needs: commit_time and one of"
              + " connector_id, connector_path, path.");
      page.end();
      return;
    }
    // Per month, connectors that appeared (or came back) minus those deleted, in commit order.
    boolean hasChange = site.data.missing("connector_versions", "change").isEmpty();
    Map<String, Boolean> live = new HashMap<>();
    TreeMap<String, Long> added = new TreeMap<>();
    versions.stream()
        .filter(v -> v.get("commit_time") instanceof Instant && v.get(key) != null)
        .sorted(java.util.Comparator.comparing((Row v) -> (Instant) v.get("commit_time")))
        .forEach(
            v -> {
              String id = String.valueOf(v.get(key));
              boolean deleted = hasChange && "deleted".equals(v.get("change"));
              boolean was = live.getOrDefault(id, false);
              if (was == deleted) {
                live.put(id, !deleted);
                added.merge(
                    MONTH.format((Instant) v.get("commit_time")), deleted ? -1L : 1L, Long::sum);
              }
            });
    Table table =
        Table.computed(
            "overview-growth",
            "Connectors added less deleted, by month",
            "month",
            "net change",
            "total");
    List<String> months = new ArrayList<>();
    List<Long> totals = new ArrayList<>();
    long running = 0;
    for (Map.Entry<String, Long> e : added.entrySet()) {
      running += e.getValue();
      table.add(e.getKey(), e.getValue(), running);
      months.add(e.getKey());
      totals.add(running);
    }
    page.chart(
        "Connectors in the repository, by month",
        Chart.single("line", "connectors", months, totals),
        table);
    page.end();
  }

  /** The column of connector_versions that names the connector. */
  static String keyColumn(ReportData data) {
    for (String c : List.of("connector_id", "connector_path", "path")) {
      if (data.missing("connector_versions", c).isEmpty()
          && !data.table("connector_versions").orElse(List.of()).isEmpty()) {
        return c;
      }
    }
    return null;
  }
}
