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
    page.cards(
        new long[] {
          total,
          data.byPublisher().size(),
          data.connectorsWithErrors(),
          data.findings().size(),
          data.duplicateGroupsById().size()
        },
        new String[] {
          "connectors", "publishers", "connectors with errors", "findings", "duplicate title groups"
        });

    page.section("Connectors by kind");
    Site.counts(
        page, "overview-kinds", "Connectors by kind", "kind", data.byKind(), total, "doughnut");
    page.end();

    Map<String, Long> publishers = data.byPublisher();
    page.section("Publishers")
        .text(
            "The "
                + Math.min(TOP, publishers.size())
                + " with the most connectors, of "
                + publishers.size()
                + ".");
    Site.counts(
        page,
        "overview-publishers",
        "Top publishers",
        "publisher",
        Site.top(publishers, TOP),
        total,
        "horizontal-bar");
    page.end();

    page.section("Authentication")
        .text("A connector with several authentication kinds counts once under each.");
    Site.counts(
        page,
        "overview-auth",
        "Connectors by authentication kind",
        "auth kind",
        data.byListValue("auth_kinds", "(none declared)"),
        total,
        "bar");
    page.end();

    Map<String, Long> categories = data.byListValue("categories", "(no category)");
    page.section("Categories").text("A connector may declare several categories.");
    Site.counts(
        page,
        "overview-categories",
        "Connectors by category",
        "category",
        Site.top(categories, TOP),
        total,
        "horizontal-bar");
    page.end();

    growth(site, page);
    site.page("index.html", page);
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
