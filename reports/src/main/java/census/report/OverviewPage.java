package census.report;

import census.warehouse.Row;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
            data.findings().count(),
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
          new long[] {total, data.findings().count(), data.duplicateGroupsById().size()},
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
   * Connectors in the repository month by month, from the connector-growth job's table. Without the
   * history (connector_versions) only the snapshot is known.
   */
  private static void growth(Site site, Page page) {
    page.section("Growth over time");
    if (site.data.table("connector_versions").isEmpty()) {
      page.absent("connector_versions", "written by the history crawl");
      page.text("At the crawled snapshot: " + site.data.connectors().size() + " connectors.");
      page.end();
      return;
    }
    List<Row> growth = site.data.table(ReportData.GROWTH).orElse(null);
    if (growth == null) {
      page.absent(ReportData.GROWTH, "written by the connector-growth job").end();
      return;
    }
    Table table =
        Table.computed(
            "overview-growth",
            "Connectors added less deleted, by month",
            "month",
            "net change",
            "total");
    List<String> months = new ArrayList<>();
    List<Long> totals = new ArrayList<>();
    growth.stream()
        .sorted(java.util.Comparator.comparing((Row r) -> r.string("month")))
        .forEach(
            r -> {
              table.add(r.string("month"), r.longValue("net_change"), r.longValue("total"));
              months.add(r.string("month"));
              totals.add(r.longValue("total"));
            });
    page.chart(
        "Connectors in the repository, by month",
        Chart.single("line", "connectors", months, totals),
        table);
    page.end();
  }
}
