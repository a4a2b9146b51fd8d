package census.jobs;

import static census.jobs.SparkTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import census.warehouse.Tables;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConformanceJobsTest {
  private static Timestamp at(String instant) {
    return Timestamp.from(java.time.Instant.parse(instant));
  }

  /**
   * A: added in January with an error, fixed in February. B: added in January clean, deleted in
   * March. C (independent): added in March 2021 with warnings only.
   */
  private static JobInputs inputs() {
    Dataset<Row> versions =
        SparkTest.frame(
            Tables.CONNECTOR_VERSIONS,
            List.of(
                version(
                    "A",
                    "certified",
                    "added",
                    "a1",
                    "2020-01-10T00:00:00Z",
                    "2020-02-05T00:00:00Z"),
                version("A", "certified", "modified", "a2", "2020-02-05T00:00:00Z", null),
                version(
                    "B",
                    "certified",
                    "added",
                    "b1",
                    "2020-01-20T00:00:00Z",
                    "2020-03-01T00:00:00Z"),
                version("B", "certified", "deleted", null, "2020-03-01T00:00:00Z", null),
                version(
                    "C", "independent_publisher", "added", "c1", "2021-03-03T00:00:00Z", null)));
    Dataset<Row> contents =
        SparkTest.frame(
            Tables.CONNECTOR_CONTENTS,
            List.of(
                content("a1", 2, 3),
                content("a2", 0, 1),
                content("b1", 0, 0),
                content("c1", 0, 4)));
    Dataset<Row> findings =
        SparkTest.frame(
            Tables.CONTENT_FINDINGS,
            List.of(
                finding("a1", "InvalidJson", "error"),
                finding("a1", "InvalidJson", "error"),
                finding("a1", "ReadmeMissing", "warning"),
                finding("a2", "ReadmeMissing", "warning"),
                finding("c1", "ReadmeMissing", "warning")));
    return JobInputs.of(
        SparkTest.spark(),
        Map.of(
            Tables.CONNECTOR_VERSIONS.name(), versions,
            Tables.CONNECTOR_CONTENTS.name(), contents,
            Tables.CONTENT_FINDINGS.name(), findings));
  }

  private static Map<String, Object> version(
      String id, String kind, String change, String hash, String from, String to) {
    return row(
        "connector_id",
        id,
        "path",
        id,
        "kind",
        kind,
        "change",
        change,
        "life",
        1,
        "content_hash",
        hash,
        "valid_from",
        at(from),
        "commit_time",
        at(from),
        "valid_to",
        to == null ? null : at(to));
  }

  private static Map<String, Object> content(String hash, int errors, int findings) {
    return row("content_hash", hash, "error_count", errors, "finding_count", findings);
  }

  private static Map<String, Object> finding(String hash, String rule, String severity) {
    return row("content_hash", hash, "rule_id", rule, "severity", severity);
  }

  @AfterEach
  void defaultPeriod() {
    SparkTest.spark().conf().unset(HistoryPeriods.PERIOD_CONF);
  }

  private static Map<String, Row> byPeriodAndKind(Dataset<Row> rows) {
    return rows.collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("period") + " " + r.getAs("kind"), r -> r));
  }

  @Test
  void conformanceByMonthCountsConnectorsLiveAtEachMonthsEnd() {
    Map<String, Row> rows =
        byPeriodAndKind(
            new ConformanceTrendsJob().run(inputs()).get(Tables.CONFORMANCE_BY_PERIOD.name()));
    Row january = rows.get("2020-01-01 certified");
    assertEquals(2L, (long) january.getAs("connectors_live"));
    assertEquals(1L, (long) january.getAs("connectors_with_errors"));
    assertEquals(0.5, (double) january.getAs("error_free_share"), 1e-9);
    assertEquals(1.5, (double) january.getAs("findings_per_connector"), 1e-9);
    Row february = rows.get("2020-02-01 certified");
    assertEquals(2L, (long) february.getAs("connectors_live"));
    assertEquals(0L, (long) february.getAs("connectors_with_errors"), "A was fixed");
    Row march = rows.get("2020-03-01 certified");
    assertEquals(1L, (long) march.getAs("connectors_live"), "B was deleted");
    assertEquals(
        14 + 1,
        rows.keySet().stream().filter(k -> k.endsWith(" certified")).count(),
        "every month from January 2020 to March 2021");
    assertEquals(null, rows.get("2021-02-01 independent_publisher"), "C not yet added");
    assertEquals(1L, (long) rows.get("2021-03-01 independent_publisher").getAs("connectors_live"));
  }

  @Test
  void rulePassRatePerPeriod() {
    Map<String, Row> rows =
        new ConformanceTrendsJob()
            .run(inputs()).get(Tables.RULE_PASS_RATE_BY_PERIOD.name()).collectAsList().stream()
                .collect(
                    Collectors.toMap(
                        r -> r.getAs("period") + " " + r.getAs("kind") + " " + r.getAs("rule_id"),
                        r -> r));
    Row invalid = rows.get("2020-01-01 certified InvalidJson");
    assertEquals(1L, (long) invalid.getAs("connectors_failing"), "one connector, two findings");
    assertEquals(2L, (long) invalid.getAs("connectors_live"));
    assertEquals(0.5, (double) invalid.getAs("pass_rate"), 1e-9);
    assertEquals("error", invalid.getAs("severity"));
    assertEquals(null, rows.get("2020-02-01 certified InvalidJson"), "fixed in February");
    assertEquals(
        0.5, (double) rows.get("2020-02-01 certified ReadmeMissing").getAs("pass_rate"), 1e-9);
  }

  @Test
  void thePeriodIsASparkSetting() {
    SparkTest.spark().conf().set(HistoryPeriods.PERIOD_CONF, "year");
    Map<String, Row> rows =
        byPeriodAndKind(
            new ConformanceTrendsJob().run(inputs()).get(Tables.CONFORMANCE_BY_PERIOD.name()));
    assertEquals(
        List.of("2020-01-01 certified", "2021-01-01 certified", "2021-01-01 independent_publisher"),
        rows.keySet().stream().sorted().toList());
    assertEquals(1L, (long) rows.get("2020-01-01 certified").getAs("connectors_live"));
  }

  @Test
  void cohortsByYearAdded() {
    Map<String, Row> rows =
        new ConformanceCohortsJob()
            .run(inputs()).get(Tables.CONFORMANCE_BY_COHORT.name()).collectAsList().stream()
                .collect(
                    Collectors.toMap(r -> r.getAs("cohort_year") + " " + r.getAs("kind"), r -> r));
    Row y2020 = rows.get("2020 certified");
    assertEquals(2L, (long) y2020.getAs("connectors"));
    assertEquals(1L, (long) y2020.getAs("still_live"));
    assertEquals(0.5, (double) y2020.getAs("error_free_share_when_added"), 1e-9);
    assertEquals(1.0, (double) y2020.getAs("error_free_share_now"), 1e-9, "A was fixed; B is gone");
    assertEquals(1.5, (double) y2020.getAs("findings_per_connector_when_added"), 1e-9);
    assertEquals(1.0, (double) y2020.getAs("findings_per_connector_now"), 1e-9);
    assertEquals(1L, (long) rows.get("2021 independent_publisher").getAs("connectors"));
  }
}
