package census.report;

import census.warehouse.Column;
import census.warehouse.Row;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * pulls.html: the pull-request tables (proposals, overlap outcomes, conflicts), each with a
 * breakdown by its outcome, state or class column and its rows.
 */
final class PullRequestsPage {
  /** Column names that hold an outcome or state, in the order they are preferred. */
  static final List<String> BREAKDOWN =
      List.of("outcome", "state", "status", "merged", "class", "match_class", "change", "kind");

  private PullRequestsPage() {}

  static void write(Site site) throws IOException {
    Page page = new Page(site, "pulls.html", "Pull requests", site.subtitle());
    section(site, page, "pull_requests", "Pull requests");
    section(site, page, "pr_overlap", "Overlap with connectors and other proposals");
    section(site, page, "pr_conflicts", "Conflicts");
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
