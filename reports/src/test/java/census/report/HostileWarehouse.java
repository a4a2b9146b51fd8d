package census.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import census.cli.Census;
import census.testing.ConnectorFixture;
import census.testing.FixtureRepo;
import census.warehouse.Column;
import census.warehouse.Column.Type;
import census.warehouse.TableSchema;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A data folder crawled from a real git repository whose connectors carry hostile titles,
 * publishers and links, plus the tables of the history, pull-request and duplicate jobs written
 * with the columns those jobs document (this build does not declare them, so the report reads them
 * by the columns their files carry).
 */
final class HostileWarehouse {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";
  static final String JS_LINK = "javascript:alert(1)";
  static final String SCRIPT_PATH = "certified-connectors/Script";
  static final String BREAKOUT_PATH = "independent-publisher-connectors/Breakout";
  static final String LINK_PATH = "custom-connectors/Link";

  /** A folder name that must not become part of a file name as it is. */
  static final String ODD_PATH = "certified-connectors/..Ødd name (v2).x";

  static final TableSchema DUPLICATE_PAIRS =
      new TableSchema(
          "duplicate_pairs",
          "",
          List.of(
              Column.required("path_a", Type.STRING, ""),
              Column.required("path_b", Type.STRING, ""),
              Column.required("class", Type.STRING, ""),
              Column.required("score", Type.DOUBLE, ""),
              Column.required("evidence", Type.STRING, "")));
  static final TableSchema BREAKING_CHANGES =
      new TableSchema(
          "breaking_changes",
          "",
          List.of(
              Column.required("connector_id", Type.STRING, ""),
              Column.required("commit_id", Type.STRING, ""),
              Column.required("commit_time", Type.TIMESTAMP, ""),
              Column.required("kind", Type.STRING, ""),
              Column.optional("operation_id", Type.STRING, ""),
              Column.optional("detail", Type.STRING, "")));
  static final TableSchema CONFORMANCE_BY_PERIOD =
      new TableSchema(
          "conformance_by_period",
          "",
          List.of(
              Column.required("period", Type.STRING, ""),
              Column.required("connectors", Type.LONG, ""),
              Column.required("with_errors", Type.LONG, "")));

  /** Long format, the rule before the period, and a rate of nothing (NaN). */
  static final TableSchema RULE_PASS_RATE_BY_PERIOD =
      new TableSchema(
          "rule_pass_rate_by_period",
          "",
          List.of(
              Column.required("rule_id", Type.STRING, ""),
              Column.required("period", Type.STRING, ""),
              Column.required("pass_rate", Type.DOUBLE, "")));

  static final TableSchema PR_OVERLAP =
      new TableSchema(
          "pr_overlap",
          "",
          List.of(
              Column.required("pr_number", Type.INT, ""),
              Column.optional("title", Type.STRING, ""),
              Column.required("connector_path", Type.STRING, ""),
              Column.required("outcome", Type.STRING, "")));
  static final TableSchema CONNECTOR_VERSIONS =
      new TableSchema(
          "connector_versions",
          "",
          List.of(
              Column.required("connector_path", Type.STRING, ""),
              Column.required("commit_id", Type.STRING, ""),
              Column.required("commit_time", Type.TIMESTAMP, ""),
              Column.optional("title", Type.STRING, "")));

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
                      p -> p.with("properties").put("publisher", "=HYPERLINK(\"http://x\")")))
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
                        s.with("info").with("contact").put("url", "  JaVaScRiPt:alert(1)");
                      }))
          .write(ODD_PATH, ConnectorFixture.named(BREAKOUT + " twin"));
      repo.commit("hostile titles");
    }
    assertEquals(
        0,
        Census.commandLine()
            .execute("sync", "--repo", origin.toString(), "--data", data.toString()));
    assertEquals(0, Census.commandLine().execute("crawl", "--data", data.toString()));
    Warehouse warehouse = new Warehouse(data.resolve("warehouse").toString());
    Instant t0 = Instant.parse("2023-01-15T10:00:00Z");
    Instant t1 = Instant.parse("2024-03-02T10:00:00Z");
    try (Warehouse.Staging staging = warehouse.stage("test")) {
      staging.write(
          Tables.DUPLICATE_GROUPS,
          List.of(group(SCRIPT_PATH, "certified"), group(LINK_PATH, "custom")));
      staging.write(
          DUPLICATE_PAIRS,
          List.of(
              DUPLICATE_PAIRS
                  .row()
                  .set("path_a", SCRIPT_PATH)
                  .set("path_b", BREAKOUT_PATH)
                  .set("class", "same_api")
                  .set("score", 0.93)
                  .set("evidence", "host api.contoso.com; " + BREAKOUT)
                  .build(),
              DUPLICATE_PAIRS
                  .row()
                  .set("path_a", BREAKOUT_PATH)
                  .set("path_b", LINK_PATH)
                  .set("class", SCRIPT)
                  .set("score", 0.51)
                  .set("evidence", JS_LINK)
                  .build()));
      staging.write(
          BREAKING_CHANGES,
          List.of(
              BREAKING_CHANGES
                  .row()
                  .set("connector_id", SCRIPT_PATH)
                  .set("commit_id", "c1")
                  .set("commit_time", t1)
                  .set("kind", "operation_removed")
                  .set("operation_id", BREAKOUT)
                  .set("detail", SCRIPT)
                  .build()));
      staging.write(
          CONFORMANCE_BY_PERIOD,
          List.of(
              CONFORMANCE_BY_PERIOD
                  .row()
                  .set("period", "2023-01")
                  .set("connectors", 2L)
                  .set("with_errors", 1L)
                  .build(),
              CONFORMANCE_BY_PERIOD
                  .row()
                  .set("period", "2024-03")
                  .set("connectors", 4L)
                  .set("with_errors", 1L)
                  .build()));
      staging.write(
          PR_OVERLAP,
          List.of(
              PR_OVERLAP
                  .row()
                  .set("pr_number", 101)
                  .set("title", SCRIPT + " " + JS_LINK)
                  .set("connector_path", SCRIPT_PATH)
                  .set("outcome", "merged")
                  .build(),
              PR_OVERLAP
                  .row()
                  .set("pr_number", 102)
                  .set("title", BREAKOUT)
                  .set("connector_path", "certified-connectors/NotThere")
                  .set("outcome", BREAKOUT)
                  .build()));
      staging.write(
          RULE_PASS_RATE_BY_PERIOD,
          List.of(
              passRate("UrlNotValid", "2023-01", 0.5),
              passRate("UrlNotValid", "2024-03", 0.75),
              passRate(SCRIPT, "2023-01", Double.NaN),
              passRate(SCRIPT, "2024-03", 1.0)));
      staging.write(
          CONNECTOR_VERSIONS,
          List.of(
              version(SCRIPT_PATH, "c0", t0),
              version(SCRIPT_PATH, "c1", t1),
              version(BREAKOUT_PATH, "c1", t1),
              version(LINK_PATH, "c1", t1)));
      staging.publish();
    }
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

  private static census.warehouse.Row passRate(String rule, String period, double rate) {
    return RULE_PASS_RATE_BY_PERIOD
        .row()
        .set("rule_id", rule)
        .set("period", period)
        .set("pass_rate", rate)
        .build();
  }

  private static census.warehouse.Row version(String path, String commit, Instant time) {
    return CONNECTOR_VERSIONS
        .row()
        .set("connector_path", path)
        .set("commit_id", commit)
        .set("commit_time", time)
        .set("title", SCRIPT)
        .build();
  }
}
