package census.report;

import census.pipeline.CrawlTipStep;
import census.pipeline.Locations;
import census.pipeline.SyncStep;
import census.testing.ConnectorFixture;
import census.testing.FixtureRepo;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A data folder crawled from a real git repository whose connectors carry hostile titles,
 * publishers and links, plus tables of the history crawl and the duplicate and conformance jobs
 * with hostile strings in them, written with their declared schemas.
 */
final class HostileWarehouse {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";
  static final String JS_LINK = "javascript:alert(1)";
  static final String SCRIPT_PATH = "certified-connectors/Script";
  static final String BREAKOUT_PATH = "independent-publisher-connectors/Breakout";
  static final String LINK_PATH = "custom-connectors/Link";

  /** A full commit id, which tables show by its first 7 characters. */
  static final String BREAKING_COMMIT = "0123456789abcdef0123456789abcdef01234567";

  /** A folder name that must not become part of a file name as it is. */
  static final String ODD_PATH = "certified-connectors/..Ødd name (v2).x";

  private HostileWarehouse() {}

  /** Crawls the hostile repository into {@code data} and adds the jobs' tables. */
  static void create(Path tmp, Path data) throws Exception {
    Path origin = tmp.resolve("origin.git");
    try (FixtureRepo repo = FixtureRepo.create(origin)) {
      repo.write(SCRIPT_PATH, ConnectorFixture.named(SCRIPT))
          .write(
              BREAKOUT_PATH,
              ConnectorFixture.named(BREAKOUT)
                  .properties(
                      p -> p.withObject("properties").put("publisher", "=HYPERLINK(\"http://x\")")))
          .write(
              LINK_PATH,
              ConnectorFixture.named("[click](" + JS_LINK + ")")
                  .swagger(
                      s -> {
                        ArrayNode metadata = (ArrayNode) s.get("x-ms-connector-metadata");
                        metadata.removeAll();
                        metadata
                            .addObject()
                            .put("propertyName", "Website")
                            .put("propertyValue", JS_LINK);
                        metadata
                            .addObject()
                            .put("propertyName", "Categories")
                            .put("propertyValue", SCRIPT + ";" + BREAKOUT);
                        s.withObject("info")
                            .withObject("contact")
                            .put("url", "  JaVaScRiPt:alert(1)");
                      }))
          .write(ODD_PATH, ConnectorFixture.named(BREAKOUT + " twin"));
      repo.commit("hostile titles");
    }
    Locations at = Locations.under(data);
    new SyncStep(origin.toString()).run(at);
    new CrawlTipStep("dev").run(at, "hostile");
    Warehouse warehouse = new Warehouse(data.resolve("warehouse").toString());
    Instant t0 = Instant.parse("2023-01-15T10:00:00Z");
    Instant t1 = Instant.parse("2024-03-02T10:00:00Z");
    try (Warehouse.Staging staging = warehouse.stage("test")) {
      staging.write(
          Tables.DUPLICATE_GROUPS,
          List.of(group(SCRIPT_PATH, "certified"), group(LINK_PATH, "custom")));
      staging.write(
          Tables.DUPLICATE_PAIRS,
          List.of(
              Tables.DUPLICATE_PAIRS
                  .row()
                  .set("path_a", SCRIPT_PATH)
                  .set("path_b", BREAKOUT_PATH)
                  .set("class", "same_service")
                  .set("score", 0.93)
                  .set("evidence", "host api.contoso.com; " + BREAKOUT)
                  .set("title_a", SCRIPT)
                  .set("title_b", BREAKOUT)
                  .set("kind_a", "certified")
                  .set("kind_b", "independent_publisher")
                  .build(),
              Tables.DUPLICATE_PAIRS
                  .row()
                  .set("path_a", BREAKOUT_PATH)
                  .set("path_b", LINK_PATH)
                  .set("class", SCRIPT)
                  .set("score", 0.51)
                  .set("evidence", JS_LINK)
                  .set("kind_a", "independent_publisher")
                  .set("kind_b", "custom")
                  .build()));
      staging.write(
          Tables.BREAKING_CHANGES,
          List.of(
              Tables.BREAKING_CHANGES
                  .row()
                  .set("connector_id", SCRIPT_PATH)
                  .set("path", SCRIPT_PATH)
                  .set("commit_id", BREAKING_COMMIT)
                  .set("commit_time", t1)
                  .set("kind", "operation_removed")
                  .set("operation_id", BREAKOUT)
                  .set("detail", SCRIPT)
                  .build()));
      staging.write(
          Tables.PR_OVERLAP,
          List.of(
              Tables.PR_OVERLAP
                  .row()
                  .set("number", 101)
                  .set("path", SCRIPT_PATH)
                  .set("proposed_title", SCRIPT + " " + JS_LINK)
                  .set("is_proposal", false)
                  .set("has_artifacts", true)
                  .set("outcome", "update")
                  .set("reason", BREAKOUT)
                  .build(),
              Tables.PR_OVERLAP
                  .row()
                  .set("number", 102)
                  .set("path", "certified-connectors/NotThere")
                  .set("proposed_title", BREAKOUT)
                  .set("is_proposal", true)
                  .set("has_artifacts", false)
                  .set("outcome", "open_proposal")
                  .set("target_path", BREAKOUT_PATH)
                  .set("reason", JS_LINK)
                  .build()));
      // The board: #101 updates Script, #102 proposes Breakout again; both change Breakout. Its url
      // column is hostile: the report builds links from the number.
      staging.write(
          Tables.PR_TRIAGE,
          List.of(
              triage(101, SCRIPT + " " + JS_LINK, SCRIPT_PATH, "update", t1)
                  .set("target_path", SCRIPT_PATH)
                  .set("breaking_change_count", 2)
                  .set("blocks", true)
                  .build(),
              triage(102, BREAKOUT, BREAKOUT_PATH, "on_platform", t0)
                  .set("target_title", SCRIPT)
                  .set("target_number", 101)
                  .set("blocks", true)
                  .build()));
      staging.write(
          Tables.PULL_REQUEST_CONNECTORS,
          List.of(
              folder(101, SCRIPT_PATH, "modified", SCRIPT).set("breaking_change_count", 2).build(),
              folder(101, BREAKOUT_PATH, "modified", BREAKOUT).build(),
              folder(102, BREAKOUT_PATH, "added", BREAKOUT).build()));
      staging.write(
          Tables.PR_CONFLICTS,
          List.of(
              Tables.PR_CONFLICTS
                  .row()
                  .set("path", BREAKOUT_PATH)
                  .set("number", 101)
                  .set("other_number", 102)
                  .set("change", "modified")
                  .set("other_change", "added")
                  .set("same_content", false)
                  .build()));
      // Per rule, the rule before the period, and a rate of nothing (NaN).
      staging.write(
          Tables.RULE_PASS_RATE_BY_PERIOD,
          List.of(
              passRate("UrlNotValid", "2023-01-01", 0.5),
              passRate("UrlNotValid", "2024-03-01", 0.75),
              passRate(SCRIPT, "2023-01-01", Double.NaN),
              passRate(SCRIPT, "2024-03-01", 1.0)));
      staging.write(
          Tables.CONFORMANCE_BY_PERIOD,
          List.of(period("2023-01-01", 2, 1), period("2024-03-01", 4, 1)));
      staging.write(Tables.FINDINGS_BY_RULE, byRule(warehouse.read(Tables.FINDINGS)));
      staging.write(Tables.CONNECTOR_COUNTS, counts(warehouse.read(Tables.CONNECTORS)));
      // What the connector-growth job computes from the versions below.
      staging.write(
          Tables.CONNECTOR_GROWTH, List.of(growth("2023-01", 1, 1), growth("2024-03", 2, 3)));
      staging.write(
          Tables.CONNECTOR_VERSIONS,
          List.of(
              version(SCRIPT_PATH, "c0", t0),
              version(SCRIPT_PATH, "c1", t1),
              version(BREAKOUT_PATH, "c1", t1),
              version(LINK_PATH, "c1", t1)));
      staging.publish();
    }
  }

  /** A pr_triage row with hostile text where the repository's text goes. */
  private static census.warehouse.Row.Builder triage(
      int number, String title, String path, String outcome, Instant last) {
    return Tables.PR_TRIAGE
        .row()
        .set("number", number)
        .set("author", BREAKOUT)
        .set("first_commit_time", last.minusSeconds(86_400L * 30))
        .set("last_commit_time", last)
        .set("age_days", 30)
        .set("commit_count", 3)
        .set("path", path)
        .set("proposed_title", title)
        .set("folder_count", 1)
        .set("outcome", outcome)
        .set("overlaps", 1)
        .set("new_error_count", 0)
        .set("new_warning_count", 1)
        .set("breaking_change_count", 0)
        .set("blocks", false)
        .set("url", JS_LINK);
  }

  private static census.warehouse.Row.Builder folder(
      int number, String path, String change, String title) {
    return Tables.PULL_REQUEST_CONNECTORS
        .row()
        .set("number", number)
        .set("path", path)
        .set("kind", path.substring(0, path.indexOf('/')))
        .set("folder", path.substring(path.indexOf('/') + 1))
        .set("change", change)
        .set("exists_on_dev", true)
        .set("title", title)
        .set("has_swagger", true)
        .set("only_docs", false)
        .set("error_count", 1)
        .set("warning_count", 2)
        .set("new_error_count", 0)
        .set("new_warning_count", 1)
        .set("breaking_change_count", 0);
  }

  /** What the findings-by-rule job computes from the crawl's findings. */
  private static List<census.warehouse.Row> byRule(List<census.warehouse.Row> findings) {
    Map<String, List<census.warehouse.Row>> byRule = new TreeMap<>();
    findings.forEach(
        f -> byRule.computeIfAbsent(f.string("rule_id"), r -> new ArrayList<>()).add(f));
    return byRule.values().stream()
        .map(
            rows ->
                Tables.FINDINGS_BY_RULE
                    .row()
                    .set("rule_id", rows.get(0).string("rule_id"))
                    .set("severity", rows.get(0).string("severity"))
                    .set("findings", (long) rows.size())
                    .set(
                        "connectors",
                        rows.stream().map(f -> f.string("connector_path")).distinct().count())
                    .build())
        .toList();
  }

  /** What the connector-counts job computes from the crawl's connectors. */
  private static List<census.warehouse.Row> counts(List<census.warehouse.Row> connectors) {
    Map<List<String>, Long> counts = new TreeMap<>(java.util.Comparator.comparing(List::toString));
    for (census.warehouse.Row c : connectors) {
      List<List<String>> keys = new ArrayList<>();
      keys.add(java.util.Arrays.asList("kind", c.string("kind")));
      keys.add(java.util.Arrays.asList("publisher", c.string("publisher")));
      eachOf(keys, "auth_kind", c.strings("auth_kinds"));
      eachOf(keys, "category", c.strings("categories"));
      keys.add(
          List.of(
              "conformance",
              c.longValue("error_count") > 0
                  ? "with_errors"
                  : c.longValue("warning_count") > 0 ? "warnings_only" : "clean"));
      keys.forEach(k -> counts.merge(k, 1L, Long::sum));
    }
    List<census.warehouse.Row> rows = new ArrayList<>();
    counts.forEach(
        (k, n) ->
            rows.add(
                Tables.CONNECTOR_COUNTS
                    .row()
                    .set("dimension", k.get(0))
                    .set("value", k.get(1))
                    .set("connectors", n)
                    .build()));
    return rows;
  }

  /** A key per distinct value of a list, or one with no value for an empty list. */
  private static void eachOf(List<List<String>> keys, String dimension, List<String> values) {
    if (values.isEmpty()) {
      keys.add(java.util.Arrays.asList(dimension, null));
    }
    values.stream().distinct().forEach(v -> keys.add(List.of(dimension, v)));
  }

  private static census.warehouse.Row growth(String month, long netChange, long total) {
    return Tables.CONNECTOR_GROWTH
        .row()
        .set("month", month)
        .set("net_change", netChange)
        .set("total", total)
        .build();
  }

  private static census.warehouse.Row group(String path, String kind) {
    return Tables.DUPLICATE_GROUPS
        .row()
        .set("group_id", "g")
        .set("path", path)
        .set("kind", kind)
        .set("title", SCRIPT)
        .set("group_size", 2)
        .build();
  }

  private static census.warehouse.Row version(String path, String commit, Instant time) {
    return Tables.CONNECTOR_VERSIONS
        .row()
        .set("connector_id", path)
        .set("path", path)
        .set(
            "kind",
            path.startsWith("certified")
                ? "certified"
                : path.startsWith("custom") ? "custom" : "independent_publisher")
        .set("commit_id", commit)
        .set("commit_time", time)
        .set("author", SCRIPT)
        .set("change", commit.equals("c0") ? "added" : "modified")
        .set("life", 1)
        .set("files", List.of())
        .set("valid_from", time)
        .build();
  }

  private static census.warehouse.Row passRate(String rule, String period, double rate) {
    return Tables.RULE_PASS_RATE_BY_PERIOD
        .row()
        .set("period", period)
        .set("kind", "certified")
        .set("rule_id", rule)
        .set("severity", "error")
        .set("connectors_live", 4L)
        .set("connectors_failing", 1L)
        .set("pass_rate", rate)
        .build();
  }

  private static census.warehouse.Row period(String period, long live, long withErrors) {
    return Tables.CONFORMANCE_BY_PERIOD
        .row()
        .set("period", period)
        .set("kind", "certified")
        .set("connectors_live", live)
        .set("connectors_with_errors", withErrors)
        .set("error_free_share", (double) (live - withErrors) / live)
        .set("findings_per_connector", 3.0)
        .set("errors_per_connector", 1.0)
        .build();
  }
}
