package census.report;

import census.warehouse.Row;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The published tables a report shows, and the figures computed from them. */
record ReportData(
    List<Row> connectors, List<Row> findings, List<Row> duplicateGroups, List<Row> runs) {

  static ReportData read(Warehouse warehouse) throws IOException {
    if (!warehouse.exists(Tables.CONNECTORS)) {
      throw new IOException(
          "no connectors table in "
              + warehouse.location()
              + "; run `census crawl` (or `census run`) first");
    }
    return new ReportData(
        warehouse.read(Tables.CONNECTORS),
        warehouse.read(Tables.FINDINGS),
        warehouse.read(Tables.DUPLICATE_GROUPS),
        warehouse.read(Tables.RUNS));
  }

  /** Connectors per kind, largest first. */
  Map<String, Long> byKind() {
    return counted(connectors, r -> r.string("kind"));
  }

  /** Connectors per publisher (apiProperties publisher, or "(none)"), largest first. */
  Map<String, Long> byPublisher() {
    return counted(
        connectors, r -> r.string("publisher") == null ? "(none)" : r.string("publisher"));
  }

  /** Per rule: findings, connectors affected and severity, most findings first. */
  List<RuleCount> byRule() {
    Map<String, List<Row>> grouped =
        findings.stream().collect(Collectors.groupingBy(f -> f.string("rule_id")));
    return grouped.entrySet().stream()
        .map(
            e ->
                new RuleCount(
                    e.getKey(),
                    e.getValue().get(0).string("severity"),
                    e.getValue().size(),
                    e.getValue().stream().map(f -> f.string("connector_path")).distinct().count()))
        .sorted(
            Comparator.comparingLong(RuleCount::findings)
                .reversed()
                .thenComparing(RuleCount::ruleId))
        .toList();
  }

  /** Duplicate groups: group id to member rows, largest groups first. */
  Map<String, List<Row>> duplicateGroupsById() {
    Map<String, List<Row>> groups = new LinkedHashMap<>();
    duplicateGroups.stream()
        .sorted(
            Comparator.comparingLong((Row r) -> -r.longValue("group_size"))
                .thenComparing(r -> r.string("group_id"))
                .thenComparing(r -> r.string("path")))
        .forEach(
            r ->
                groups
                    .computeIfAbsent(r.string("group_id"), k -> new java.util.ArrayList<>())
                    .add(r));
    return groups;
  }

  long connectorsWithErrors() {
    return connectors.stream().filter(r -> r.longValue("error_count") > 0).count();
  }

  record RuleCount(String ruleId, String severity, long findings, long connectors) {}

  private static Map<String, Long> counted(List<Row> rows, Function<Row, String> key) {
    Map<String, Long> counts =
        rows.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }
}
