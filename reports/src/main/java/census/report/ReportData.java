package census.report;

import census.warehouse.Row;
import census.warehouse.TableSchema;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published tables a report shows, and the figures computed from them. Besides the crawler's
 * tables and {@code duplicate_groups}, the report shows {@link #OPTIONAL} tables from the history,
 * pull-request, duplicate, findings-by-rule, connector-counts and connector-growth jobs when the
 * warehouse has them, read with the columns their files carry if this build does not declare them.
 */
record ReportData(
    List<Row> connectors,
    FindingsTable findings,
    List<Row> duplicateGroups,
    Map<String, List<Row>> optional) {

  static final String BY_RULE = Tables.FINDINGS_BY_RULE.name();
  static final String COUNTS = Tables.CONNECTOR_COUNTS.name();
  static final String COUNTS_JOB = "written by the connector-counts job";
  static final String GROWTH = Tables.CONNECTOR_GROWTH.name();

  static final List<String> OPTIONAL =
      List.of(
          "connector_versions",
          "conformance_by_period",
          "rule_pass_rate_by_period",
          "conformance_by_cohort",
          BY_RULE,
          COUNTS,
          GROWTH,
          "duplicate_pairs",
          "pull_requests",
          "pr_overlap",
          "pr_conflicts",
          "pull_request_connectors",
          TriagePage.TABLE,
          "breaking_changes");

  static ReportData read(Warehouse warehouse) throws IOException {
    if (!warehouse.exists(Tables.CONNECTORS)) {
      throw new IOException(
          "no connectors table in "
              + warehouse.location()
              + "; run `census crawl` (or `census run`) first");
    }
    Map<String, List<Row>> optional = new LinkedHashMap<>();
    for (String name : OPTIONAL) {
      Optional<TableSchema> schema = warehouse.schemaOf(name);
      if (schema.isPresent()) {
        optional.put(name, warehouse.read(schema.get()));
      }
    }
    return new ReportData(
        warehouse.read(Tables.CONNECTORS),
        FindingsTable.open(warehouse),
        warehouse.read(Tables.DUPLICATE_GROUPS),
        optional);
  }

  /** Every table the report reads: what its fingerprint covers. */
  static List<String> tables() {
    List<String> all =
        new java.util.ArrayList<>(
            List.of(
                Tables.CONNECTORS.name(), Tables.FINDINGS.name(), Tables.DUPLICATE_GROUPS.name()));
    all.addAll(OPTIONAL);
    return all;
  }

  /** The rows of an optional table, if the warehouse has it. */
  Optional<List<Row>> table(String name) {
    return Optional.ofNullable(optional.get(name));
  }

  /**
   * The columns of {@code table} the report needs but the table lacks; an empty table has the
   * columns of the schema it was read with.
   */
  List<String> missing(String table, String... columns) {
    List<Row> rows = optional.getOrDefault(table, List.of());
    if (rows.isEmpty()) {
      return List.of();
    }
    TableSchema schema = rows.get(0).schema();
    return java.util.Arrays.stream(columns)
        .filter(c -> schema.columns().stream().noneMatch(col -> col.name().equals(c)))
        .toList();
  }

  /**
   * Connectors per value of a dimension of the connector-counts job's table (kind, publisher,
   * auth_kind, category, conformance), largest first, then by value; a connector without a value
   * counts under {@code none}. Empty when the warehouse lacks the table.
   */
  Optional<Map<String, Long>> counts(String dimension, String none) {
    return table(COUNTS)
        .map(
            rows -> {
              Map<String, Long> counts = new java.util.HashMap<>();
              rows.stream()
                  .filter(r -> dimension.equals(r.string("dimension")))
                  .forEach(
                      r ->
                          counts.merge(
                              r.string("value") == null ? none : r.string("value"),
                              r.longValue("connectors"),
                              Long::sum));
              return sorted(counts);
            });
  }

  /**
   * Per rule: findings, connectors affected and severity, most findings first, from the
   * findings-by-rule job's table; empty when the warehouse lacks it.
   */
  Optional<List<RuleCount>> byRule() {
    return table(BY_RULE)
        .map(
            rows ->
                rows.stream()
                    .map(
                        r ->
                            new RuleCount(
                                r.string("rule_id"),
                                r.string("severity"),
                                r.longValue("findings"),
                                r.longValue("connectors")))
                    .sorted(
                        Comparator.comparingLong(RuleCount::findings)
                            .reversed()
                            .thenComparing(RuleCount::ruleId))
                    .toList());
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

  record RuleCount(String ruleId, String severity, long findings, long connectors) {}

  private static Map<String, Long> sorted(Map<String, Long> counts) {
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
