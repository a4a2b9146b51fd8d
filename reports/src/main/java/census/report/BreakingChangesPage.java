package census.report;

import census.warehouse.Row;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** breaking.html: breaking changes between versions of a connector, by kind and by month. */
final class BreakingChangesPage {
  static final String[] COLUMNS = {
    "connector_id", "commit_id", "commit_time", "kind", "operation_id", "detail"
  };

  private BreakingChangesPage() {}

  static void write(Site site) throws IOException {
    Page page = new Page(site, "breaking.html", "Breaking changes", site.subtitle());
    page.section("Breaking changes");
    List<Row> rows = site.data.table("breaking_changes").orElse(null);
    List<String> missing = site.data.missing("breaking_changes", COLUMNS);
    if (rows == null) {
      page.absent("breaking_changes", "written by the history jobs").end();
    } else if (!missing.isEmpty()) {
      page.text("The table breaking_changes lacks the columns " + String.join(", ", missing) + ".");
      site.rows(page, "breaking_changes", "Breaking changes", rows);
      page.end();
    } else {
      Map<String, Long> byKind = new TreeMap<>();
      Map<String, Long> byMonth = new TreeMap<>();
      for (Row r : rows) {
        byKind.merge(String.valueOf(r.get("kind")), 1L, Long::sum);
        if (r.get("commit_time") instanceof Instant t) {
          byMonth.merge(OverviewPage.MONTH.format(t), 1L, Long::sum);
        }
      }
      page.text(rows.size() + " breaking changes.");
      Table kinds =
          Table.computed("breaking-by-kind", "Breaking changes by kind", "kind", "changes");
      byKind.forEach(kinds::add);
      page.chart(
          "Breaking changes by kind",
          Chart.single(
              "bar", "changes", new ArrayList<>(byKind.keySet()), List.copyOf(byKind.values())),
          kinds);
      Table months =
          Table.computed("breaking-by-month", "Breaking changes by month", "month", "changes");
      byMonth.forEach(months::add);
      page.chart(
          "Breaking changes by month",
          Chart.single(
              "bar", "changes", new ArrayList<>(byMonth.keySet()), List.copyOf(byMonth.values())),
          months);
      page.table(table(site, "Every breaking change, latest first", rows), true).end();
    }
    site.page("breaking.html", page);
  }

  /** The connector a change belongs to: its path in that version, where the table has it. */
  private static String connector(Row r) {
    boolean hasPath = r.schema().columns().stream().anyMatch(c -> c.name().equals("path"));
    return String.valueOf(r.get(hasPath ? "path" : "connector_id"));
  }

  /** Breaking-change rows, latest first, with connectors linked. */
  static Table table(Site site, String caption, List<Row> rows) {
    Table table =
        Table.of(
            "breaking_changes",
            caption,
            "time",
            "connector",
            "kind",
            "operation",
            "detail",
            "commit");
    rows.stream()
        .sorted(
            Comparator.comparing(
                (Row r) -> r.get("commit_time") instanceof Instant t ? t : Instant.EPOCH,
                Comparator.reverseOrder()))
        .limit(Site.MAX_ROWS)
        .forEach(
            r ->
                table.add(
                    r.get("commit_time"),
                    site.connector(connector(r)),
                    r.get("kind"),
                    new Table.Code(String.valueOf(r.get("operation_id"))),
                    r.get("detail"),
                    new Table.Code(String.valueOf(r.get("commit_id")))));
    return table;
  }
}
