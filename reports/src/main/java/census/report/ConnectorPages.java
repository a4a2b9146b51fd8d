package census.report;

import census.rules.RuleInfo;
import census.warehouse.Row;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * connectors.html, the list of every connector, and connectors/NAME-HASH.html, one page per
 * connector: metadata, findings with the rule's doc and fix, version timeline, breaking changes,
 * related connectors and pull requests.
 */
final class ConnectorPages {
  static final int SAME_PUBLISHER = 20;

  /** Optional tables shown on a connector's page, with the heading of their section. */
  static final Map<String, String> MENTIONS = new LinkedHashMap<>();

  static {
    MENTIONS.put("connector_versions", "Version timeline");
    MENTIONS.put("breaking_changes", "Breaking changes");
    MENTIONS.put("pull_requests", "Pull requests");
    MENTIONS.put("pr_overlap", "Pull requests overlapping it");
    MENTIONS.put("pr_conflicts", "Pull-request conflicts");
  }

  private ConnectorPages() {}

  static void write(Site site) throws IOException {
    ReportData data = site.data;
    Page list = new Page(site, "connectors.html", "Connectors", site.subtitle());
    list.section("Every connector");
    Table all =
        Table.of(
            "connectors",
            "Connectors",
            "connector",
            "kind",
            "publisher",
            "auth",
            "operations",
            "errors",
            "warnings",
            "definition");
    data.connectors().stream()
        .sorted(Comparator.comparing((Row r) -> r.string("path")))
        .forEach(
            r ->
                all.add(
                    new Table.Link(site.pageOf(r.string("path")), title(r)),
                    r.string("kind"),
                    r.string("publisher"),
                    r.strings("auth_kinds"),
                    r.get("operation_count"),
                    r.get("error_count"),
                    r.get("warning_count"),
                    r.string("parse_status")));
    list.table(all, true).end();
    site.page("connectors.html", list);

    Map<String, Map<String, List<Row>>> mentions = mentions(site);
    Map<String, List<Row>> byPublisher =
        data.connectors().stream()
            .filter(r -> r.string("publisher") != null)
            .collect(Collectors.groupingBy(r -> r.string("publisher")));
    Map<String, List<Row>> groupOf = new HashMap<>();
    data.duplicateGroupsById()
        .values()
        .forEach(g -> g.forEach(m -> groupOf.put(m.string("path"), g)));
    Map<String, Row> byPath = new LinkedHashMap<>();
    data.connectors().forEach(c -> byPath.put(c.string("path"), c));
    data.findings()
        .forEachBatch(
            List.copyOf(byPath.keySet()),
            FindingsTable.BATCH,
            (paths, findings) -> {
              for (String path : paths) {
                Row c = byPath.get(path);
                Map<String, List<Row>> about = mentions.getOrDefault(path, Map.of());
                Page page = new Page(site, site.pageOf(path), title(c), path);
                metadata(page, c);
                findings(site, page, findings.getOrDefault(path, List.of()));
                for (Map.Entry<String, String> m : MENTIONS.entrySet()) {
                  if (m.getKey().equals("breaking_changes")
                      && data.missing("breaking_changes", BreakingChangesPage.COLUMNS).isEmpty()
                      && about.containsKey("breaking_changes")) {
                    page.section(m.getValue())
                        .table(
                            BreakingChangesPage.table(site, m.getValue(), about.get(m.getKey())),
                            false)
                        .end();
                  } else if (data.table(m.getKey()).isPresent()) {
                    mentioned(
                        site,
                        page,
                        m.getKey(),
                        m.getValue(),
                        about.getOrDefault(m.getKey(), List.of()));
                  }
                }
                related(
                    site,
                    page,
                    c,
                    groupOf.get(path),
                    about.getOrDefault("duplicate_pairs", List.of()),
                    byPublisher);
                site.page(site.pageOf(path), page);
              }
            });
  }

  static String title(Row c) {
    return c.string("title") == null || c.string("title").isBlank()
        ? c.string("folder")
        : c.string("title");
  }

  private static void metadata(Page page, Row c) {
    List<Object[]> facts = new ArrayList<>();
    facts.add(new Object[] {"kind", c.string("kind")});
    facts.add(new Object[] {"folder", new Table.Code(c.string("path"))});
    facts.add(new Object[] {"description", c.string("description")});
    facts.add(new Object[] {"version", c.string("version")});
    facts.add(new Object[] {"publisher", c.string("publisher")});
    facts.add(new Object[] {"stack owner", c.string("stack_owner")});
    facts.add(
        new Object[] {"host", new Table.Code(c.string("host") + " " + c.string("base_path"))});
    facts.add(new Object[] {"authentication", c.strings("auth_kinds")});
    facts.add(new Object[] {"OAuth identity provider", c.string("oauth_identity_provider")});
    facts.add(new Object[] {"categories", c.strings("categories")});
    facts.add(new Object[] {"website", new Table.Web(c.string("website"))});
    facts.add(new Object[] {"privacy policy", new Table.Web(c.string("privacy_policy"))});
    facts.add(new Object[] {"contact", c.string("contact_name")});
    facts.add(new Object[] {"contact URL", new Table.Web(c.string("contact_url"))});
    facts.add(new Object[] {"contact e-mail", c.string("contact_email")});
    facts.add(
        new Object[] {
          "operations",
          c.get("action_count")
              + " actions, "
              + c.get("trigger_count")
              + " triggers, "
              + c.get("definition_count")
              + " definitions"
        });
    facts.add(
        new Object[] {
          "API definition", c.string("swagger_file") + " (" + c.string("parse_status") + ")"
        });
    facts.add(new Object[] {"commit", new Table.Code(c.string("commit_id"))});
    page.section("Metadata").facts(facts).end();
  }

  /**
   * The rules this connector breaks, each with its doc and fix once, then every finding: rule text
   * repeated per finding would make the pages of the busiest connectors megabytes long.
   */
  private static void findings(Site site, Page page, List<Row> findings) {
    page.section("Findings");
    if (findings.isEmpty()) {
      page.text("No findings: this connector passes every rule that applies to it.").end();
      return;
    }
    List<Row> sorted =
        findings.stream()
            .sorted(
                Comparator.comparing((Row f) -> severityRank(f.string("severity")))
                    .thenComparing(f -> f.string("rule_id"))
                    .thenComparing(f -> f.string("file"))
                    .thenComparingLong(f -> f.longValue("line")))
            .toList();
    Map<String, Long> perRule = new LinkedHashMap<>();
    sorted.forEach(f -> perRule.merge(f.string("rule_id"), 1L, Long::sum));
    Table rules =
        Table.of("findings", "Rules broken", "rule", "severity", "findings", "requirement", "fix");
    perRule.forEach(
        (id, n) -> {
          RuleInfo info = site.rules.get(id);
          rules.add(
              new Table.Code(id),
              info == null ? "" : info.severity().id(),
              n,
              info == null ? "" : info.doc(),
              info == null ? "" : info.fix());
        });
    page.table(rules, false);
    Table table = Table.of("findings", "Findings", "severity", "rule", "where", "message");
    for (Row f : sorted) {
      table.add(
          f.string("severity"),
          new Table.Code(f.string("rule_id")),
          new Table.Code(
              f.string("file")
                  + (f.longValue("line") > 0 ? ":" + f.get("line") + ":" + f.get("column") : "")),
          f.string("message"));
    }
    page.table(table, findings.size() > 10).end();
  }

  private static int severityRank(String severity) {
    return switch (severity) {
      case "error" -> 0;
      case "warning" -> 1;
      default -> 2;
    };
  }

  private static void mentioned(
      Site site, Page page, String table, String heading, List<Row> rows) {
    page.section(heading);
    if (rows.isEmpty()) {
      page.text("None.").end();
      return;
    }
    site.rows(page, table, heading, rows);
    page.end();
  }

  private static void related(
      Site site,
      Page page,
      Row c,
      List<Row> group,
      List<Row> pairs,
      Map<String, List<Row>> byPublisher) {
    String path = c.string("path");
    page.section("Related connectors");
    Table table = Table.of("duplicate_groups", "Related connectors", "connector", "relation");
    if (group != null) {
      group.stream()
          .filter(m -> !m.string("path").equals(path))
          .forEach(m -> table.add(site.connector(m.string("path")), "same title"));
    }
    for (Row p : pairs) {
      String other =
          path.equals(site.pathOf(String.valueOf(p.get("path_a")))) ? "path_b" : "path_a";
      table.add(
          site.connector(String.valueOf(p.get(other))),
          "similar: " + p.get("class") + " (" + p.get("score") + ")");
    }
    if (c.string("publisher") != null) {
      byPublisher.getOrDefault(c.string("publisher"), List.of()).stream()
          .filter(o -> !o.string("path").equals(path))
          .limit(SAME_PUBLISHER)
          .forEach(o -> table.add(site.connector(o.string("path")), "same publisher"));
    }
    if (table.rows().isEmpty()) {
      page.text("None found.").end();
      return;
    }
    page.table(table, false).end();
  }

  /**
   * Rows of the optional tables per connector they mention: a text value (or list element) that is
   * a connector's path, or its folder where that is unique, links the row to that connector.
   */
  private static Map<String, Map<String, List<Row>>> mentions(Site site) {
    Map<String, Map<String, List<Row>>> about = new HashMap<>();
    List<String> tables = new ArrayList<>(MENTIONS.keySet());
    tables.add("duplicate_pairs");
    for (String table : tables) {
      for (Row r : site.data.table(table).orElse(List.of())) {
        java.util.Set<String> paths = new java.util.HashSet<>();
        for (int i = 0; i < r.schema().columns().size(); i++) {
          Object v = r.get(i);
          List<?> values = v instanceof List<?> l ? l : List.of(v == null ? "" : v);
          for (Object each : values) {
            String p = each instanceof String s ? site.pathOf(s) : null;
            if (p != null) {
              paths.add(p);
            }
          }
        }
        for (String p : paths) {
          about
              .computeIfAbsent(p, k -> new HashMap<>())
              .computeIfAbsent(table, k -> new ArrayList<>())
              .add(r);
        }
      }
    }
    return about;
  }
}
