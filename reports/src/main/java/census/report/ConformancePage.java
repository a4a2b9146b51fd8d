package census.report;

import census.rules.RuleInfo;
import census.warehouse.Column;
import census.warehouse.Row;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * conformance.html: the rules failing most, with each rule's doc and fix, and, when the history
 * jobs have written them, conformance by period, rule pass rates by period and cohorts.
 */
final class ConformancePage {
  static final int TOP_RULES = 15;
  static final int MAX_SERIES = 8;

  /** Column names that hold a period or cohort: the x axis of a trend. */
  static final java.util.regex.Pattern PERIOD =
      java.util.regex.Pattern.compile("period|month|quarter|year|week|cohort|date|time");

  private ConformancePage() {}

  static void write(Site site) throws IOException {
    ReportData data = site.data;
    Page page = new Page(site, "conformance.html", "Conformance", site.subtitle());
    Map<String, Long> conformance = data.counts("conformance", "").orElse(null);
    if (conformance == null) {
      page.absent(ReportData.COUNTS, ReportData.COUNTS_JOB);
    } else {
      page.cards(
          new long[] {
            conformance.getOrDefault("clean", 0L),
            conformance.getOrDefault("warnings_only", 0L),
            conformance.getOrDefault("with_errors", 0L)
          },
          new String[] {"connectors clean", "with warnings only", "with errors"});
    }

    List<ReportData.RuleCount> byRule = data.byRule().orElse(null);
    if (byRule == null) {
      for (String section : List.of("Rules failing most", "Every rule with findings")) {
        page.section(section)
            .absent(ReportData.BY_RULE, "written by the findings-by-rule job")
            .end();
      }
    } else {
      rules(site, page, byRule);
    }

    trend(site, page, "conformance_by_period", "Conformance over time");
    trend(site, page, "rule_pass_rate_by_period", "Rule pass rates over time");
    trend(site, page, "conformance_by_cohort", "Cohorts");
    site.page("conformance.html", page);
  }

  /** The rules failing most, charted, and every rule with findings, with its doc and fix. */
  private static void rules(Site site, Page page, List<ReportData.RuleCount> byRule) {
    page.section("Rules failing most")
        .text(
            "The " + Math.min(TOP_RULES, byRule.size()) + " rules that flag the most connectors.");
    List<ReportData.RuleCount> top =
        byRule.stream()
            .sorted(
                java.util.Comparator.comparingLong(ReportData.RuleCount::connectors)
                    .reversed()
                    .thenComparing(ReportData.RuleCount::ruleId))
            .limit(TOP_RULES)
            .toList();
    Table topTable =
        Table.computed(
            "conformance-top-rules",
            "Rules flagging the most connectors",
            "rule",
            "severity",
            "connectors");
    top.forEach(r -> topTable.add(new Table.Code(r.ruleId()), r.severity(), r.connectors()));
    page.chart(
        "Connectors flagged, by rule",
        Chart.single(
            "horizontal-bar",
            "connectors",
            top.stream().map(ReportData.RuleCount::ruleId).toList(),
            top.stream().map(ReportData.RuleCount::connectors).toList()),
        topTable);
    page.end();

    page.section("Every rule with findings");
    Table rules =
        Table.computed(
            "conformance-rules",
            "Findings by rule",
            "rule",
            "severity",
            "findings",
            "connectors",
            "requirement",
            "fix");
    for (ReportData.RuleCount r : byRule) {
      RuleInfo info = site.rules.get(r.ruleId());
      rules.add(
          new Table.Code(r.ruleId()),
          r.severity(),
          r.findings(),
          r.connectors(),
          info == null ? "" : info.doc(),
          info == null ? "" : info.fix());
    }
    page.table(rules, true).end();
  }

  /**
   * A table of the history jobs, charted without assuming more than its shape: a column named like
   * a period (or else the first time or text column) is the x axis; if another text column (such as
   * a rule id) remains, each of its most frequent values is a series of the first numeric column (a
   * rate or share preferred), otherwise each numeric column is a series. The table's rows are
   * listed beside the chart.
   */
  static void trend(Site site, Page page, String name, String title) {
    page.section(title);
    List<Row> rows = site.data.table(name).orElse(null);
    if (rows == null) {
      page.absent(name, "written by the history jobs").end();
      return;
    }
    if (rows.isEmpty()) {
      page.text("The table " + name + " has no rows.").end();
      return;
    }
    List<Column> columns = rows.get(0).schema().columns();
    Column x =
        columns.stream()
            .filter(
                c -> isText(c) || c.type() == Column.Type.TIMESTAMP || c.type() == Column.Type.INT)
            .filter(c -> PERIOD.matcher(c.name()).find())
            .findFirst()
            .or(() -> columns.stream().filter(c -> c.type() == Column.Type.TIMESTAMP).findFirst())
            .or(() -> columns.stream().filter(ConformancePage::isText).findFirst())
            .orElse(null);
    @SuppressWarnings("ReferenceEquality") // every column but the x axis itself
    List<Column> numbers = columns.stream().filter(c -> c != x && isNumber(c)).toList();
    if (x == null || numbers.isEmpty()) {
      page.text("The table " + name + " has no period and numeric column to chart.");
      site.rows(page, name, title, rows);
      page.end();
      return;
    }
    // The other text column with the most distinct values (a rule id rather than a kind) splits
    // the rows into series.
    @SuppressWarnings("ReferenceEquality") // every column but the x axis itself
    Column split =
        columns.stream()
            .filter(c -> c != x && isText(c))
            .max(
                java.util.Comparator.comparingLong(
                    c -> rows.stream().map(r -> r.get(c.name())).distinct().count()))
            .orElse(null);
    TreeMap<String, Map<String, Double>> points = new TreeMap<>();
    List<String> seriesNames;
    if (split != null) {
      Column y =
          numbers.stream()
              .filter(c -> c.name().contains("rate") || c.name().contains("share"))
              .findFirst()
              .orElse(numbers.get(0));
      boolean rate = y.name().contains("rate") || y.name().contains("share");
      // Rows that share a period and a series value (one per kind, say) are averaged.
      Map<String, Map<String, double[]>> sums = new TreeMap<>();
      Map<String, double[]> perSeries = new java.util.HashMap<>();
      for (Row r : rows) {
        Double v = finite(r.get(y.name()));
        if (v != null) {
          String s = String.valueOf(r.get(split.name()));
          add(sums.computeIfAbsent(label(r.get(x.name())), k -> new java.util.HashMap<>()), s, v);
          add(perSeries, s, v);
        }
      }
      seriesNames =
          perSeries.entrySet().stream()
              .sorted(
                  java.util.Comparator.comparingDouble(
                          (Map.Entry<String, double[]> e) ->
                              rate ? e.getValue()[0] / e.getValue()[1] : -e.getValue()[1])
                      .thenComparing(Map.Entry::getKey))
              .limit(MAX_SERIES)
              .map(Map.Entry::getKey)
              .toList();
      sums.forEach(
          (period, bySeries) -> {
            Map<String, Double> point = points.computeIfAbsent(period, k -> new LinkedHashMap<>());
            bySeries.forEach(
                (s, sum) -> {
                  if (seriesNames.contains(s)) {
                    point.put(s, sum[0] / sum[1]);
                  }
                });
          });
      page.text(
          "Series: the mean "
              + y.name()
              + " of the "
              + seriesNames.size()
              + (rate
                  ? " values of " + split.name() + " with the lowest " + y.name() + " overall"
                  : " most frequent values of " + split.name())
              + ".");
    } else {
      seriesNames = numbers.stream().limit(MAX_SERIES).map(Column::name).toList();
      for (Row r : rows) {
        Map<String, Double> point =
            points.computeIfAbsent(label(r.get(x.name())), k -> new LinkedHashMap<>());
        for (String n : seriesNames) {
          Double v = finite(r.get(n));
          if (v != null) {
            point.put(n, v);
          }
        }
      }
    }
    List<String> labels = new ArrayList<>(points.keySet());
    List<Chart.Series> series = new ArrayList<>();
    for (String s : seriesNames) {
      series.add(new Chart.Series(s, labels.stream().map(l -> points.get(l).get(s)).toList()));
    }
    Table beside = Table.computed("conformance-" + name, title, seriesWithX(x.name(), seriesNames));
    for (String l : labels) {
      Object[] cells = new Object[seriesNames.size() + 1];
      cells[0] = l;
      for (int i = 0; i < seriesNames.size(); i++) {
        cells[i + 1] = points.get(l).get(seriesNames.get(i));
      }
      beside.add(cells);
    }
    page.chart(title, new Chart("line", labels, series), beside);
    site.rows(page, name, "All rows of " + name, rows);
    page.end();
  }

  private static String[] seriesWithX(String x, List<String> series) {
    List<String> all = new ArrayList<>();
    all.add(x);
    all.addAll(series);
    return all.toArray(String[]::new);
  }

  /** Adds {@code value} to the running sum and count of {@code key}. */
  private static void add(Map<String, double[]> sums, String key, double value) {
    double[] sum = sums.computeIfAbsent(key, k -> new double[2]);
    sum[0] += value;
    sum[1]++;
  }

  /** A number for the chart; NaN and infinities (a rate of nothing) are gaps, as JSON has none. */
  private static Double finite(Object value) {
    return value instanceof Number n && Double.isFinite(n.doubleValue()) ? n.doubleValue() : null;
  }

  private static String label(Object value) {
    return value instanceof Instant t ? OverviewPage.MONTH.format(t) : String.valueOf(value);
  }

  private static boolean isText(Column c) {
    return c.type() == Column.Type.STRING;
  }

  private static boolean isNumber(Column c) {
    return c.type() == Column.Type.INT
        || c.type() == Column.Type.LONG
        || c.type() == Column.Type.DOUBLE;
  }
}
