package census.report;

import census.warehouse.Row;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** duplicates.html: groups of equal titles and, when the pairs job has run, pairs by class. */
final class DuplicatesPage {
  private DuplicatesPage() {}

  static void write(Site site) throws IOException {
    Page page = new Page(site, "duplicates.html", "Duplicates", site.subtitle());
    groups(site, page);
    pairs(site, page);
    site.page("duplicates.html", page);
  }

  private static void groups(Site site, Page page) {
    Map<String, List<Row>> groups = site.data.duplicateGroupsById();
    page.section("Duplicate titles")
        .text(
            "Connectors whose titles are equal once case, punctuation, white space and"
                + " \u201c(Independent Publisher)\u201d are set aside: "
                + groups.size()
                + " groups.");
    Table table =
        Table.of(
            "duplicate_groups", "Duplicate title groups", "group", "title", "kind", "connector");
    groups.forEach(
        (id, members) -> {
          for (Row m : members) {
            table.add(
                new Table.Code(id),
                m.string("title"),
                m.string("kind"),
                site.connector(m.string("path")));
          }
        });
    page.table(table, true).end();
  }

  private static void pairs(Site site, Page page) {
    page.section("Similar connectors");
    List<Row> pairs = site.data.table("duplicate_pairs").orElse(null);
    if (pairs == null) {
      page.absent("duplicate_pairs", "written by the duplicate-pairs job").end();
      return;
    }
    List<String> missing =
        site.data.missing("duplicate_pairs", "path_a", "path_b", "class", "score", "evidence");
    if (!missing.isEmpty()) {
      page.text("The table duplicate_pairs lacks the columns " + String.join(", ", missing) + ".");
      site.rows(page, "duplicate_pairs", "Pairs", pairs);
      page.end();
      return;
    }
    Map<String, Long> byClass = new LinkedHashMap<>();
    pairs.stream()
        .map(r -> String.valueOf(r.get("class")))
        .sorted()
        .forEach(c -> byClass.merge(c, 1L, Long::sum));
    Table counts = Table.computed("duplicates-pairs-by-class", "Pairs by class", "class", "pairs");
    byClass.forEach(counts::add);
    page.chart(
        "Pairs by class",
        Chart.single("bar", "pairs", List.copyOf(byClass.keySet()), List.copyOf(byClass.values())),
        counts);
    Table table =
        Table.of(
            "duplicate_pairs",
            "Pairs, highest score first",
            "connector",
            "similar to",
            "class",
            "score",
            "evidence");
    pairs.stream()
        .sorted(
            java.util.Comparator.comparingDouble(
                    (Row r) -> r.get("score") instanceof Number n ? -n.doubleValue() : 0)
                .thenComparing(r -> String.valueOf(r.get("path_a"))))
        .limit(Site.MAX_ROWS)
        .forEach(
            r ->
                table.add(
                    site.connector(String.valueOf(r.get("path_a"))),
                    site.connector(String.valueOf(r.get("path_b"))),
                    r.get("class"),
                    r.get("score"),
                    r.get("evidence")));
    if (pairs.size() > Site.MAX_ROWS) {
      page.text(
          "The "
              + Site.MAX_ROWS
              + " highest-scoring of "
              + pairs.size()
              + " pairs; the CSV has them all.");
    }
    page.table(table, true).end();
  }
}
