package census.report;

import static census.report.HostileWarehouse.BREAKOUT;
import static census.report.HostileWarehouse.SCRIPT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.check.CheckIndex;
import census.check.Entry;
import census.check.Registry;
import census.cli.Census;
import census.warehouse.Warehouse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  static final Pattern HREF = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
  static final Pattern DATA_BLOCK =
      Pattern.compile("<script type=\"application/json\"[^>]*>(.*?)</script>", Pattern.DOTALL);

  @TempDir Path tmp;
  Path data;
  Path report;

  @BeforeEach
  void crawlAHostileRepository() throws Exception {
    data = tmp.resolve("data");
    report = data.resolve("report");
    HostileWarehouse.create(tmp, data);
  }

  private List<Path> pages() throws Exception {
    try (Stream<Path> all = Files.walk(report)) {
      return all.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  @Test
  void hostileStringsAreEscapedOnEveryPage() throws Exception {
    assertEquals(0, Census.commandLine().execute("report", "--data", data.toString()));
    List<Path> pages = pages();
    assertEquals(
        7 + 4 + 2,
        pages.size(),
        "seven section pages, one page per connector and per pull request on the board: " + pages);
    for (Path page : pages) {
      String html = Files.readString(page, StandardCharsets.UTF_8);
      String outsideData = DATA_BLOCK.matcher(html).replaceAll("");
      assertFalse(html.contains(SCRIPT), page + ": no raw script tag");
      assertFalse(html.contains("<img"), page + ": no injected element");
      assertFalse(
          html.toLowerCase(Locale.ROOT).replace(" ", "").contains("href=\"javascript"),
          page + ": no javascript: link");
      assertFalse(outsideData.contains("<script>"), page + ": no inline script");
      assertFalse(html.contains("style=\""), page + ": no inline style, so the CSP can forbid it");
      assertTrue(html.contains("script-src 'self'"), page + ": only our own scripts may run");
    }
    String connectors = Files.readString(report.resolve("connectors.html"));
    assertTrue(connectors.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown as text");
    String duplicates = Files.readString(report.resolve("duplicates.html"));
    assertTrue(duplicates.contains(HostileWarehouse.SCRIPT_PATH), "duplicate groups are listed");
    assertTrue(duplicates.contains("same_service"), "pairs by class are listed");
  }

  @Test
  void chartDataIsJsonThatCannotEndItsScriptBlock() throws Exception {
    assertEquals(0, Census.commandLine().execute("report", "--data", data.toString()));
    ObjectMapper json = new ObjectMapper();
    List<String> labels = new ArrayList<>();
    int blocks = 0;
    for (Path page : pages()) {
      Matcher m = DATA_BLOCK.matcher(Files.readString(page));
      while (m.find()) {
        blocks++;
        assertFalse(m.group(1).contains("<"), "no < inside a data block");
        JsonNode chart = json.readTree(m.group(1));
        chart.get("labels").forEach(l -> labels.add(l.asText()));
      }
    }
    assertTrue(blocks >= 5, "overview, conformance, duplicates and breaking changes have charts");
    assertTrue(labels.contains(SCRIPT), "a hostile category is data, unchanged: " + labels);
    assertTrue(labels.contains(BREAKOUT), labels.toString());
  }

  @Test
  void everyLinkStaysInsideTheSiteAndResolves() throws Exception {
    assertEquals(0, Census.commandLine().execute("report", "--data", data.toString()));
    for (Path page : pages()) {
      Matcher m = HREF.matcher(Files.readString(page));
      while (m.find()) {
        String target = m.group(1).replace("&amp;", "&");
        if (target.startsWith("https://")) {
          continue;
        }
        assertFalse(target.contains(":"), page + " links out of the site: " + target);
        assertTrue(
            Files.exists(page.getParent().resolve(target).normalize()),
            page + " links to a missing " + target);
      }
    }
    try (Stream<Path> files = Files.list(report.resolve("connectors"))) {
      files.forEach(
          f ->
              assertTrue(
                  f.getFileName().toString().matches("[a-z0-9-]+\\.html"),
                  "derived, safe page name: " + f));
    }
    assertTrue(Files.exists(report.resolve("assets/chart.umd.min.js")), "Chart.js is vendored");
  }

  @Test
  void aConnectorPageShowsFindingsDocsHistoryAndRelatedConnectors() throws Exception {
    assertEquals(0, Census.commandLine().execute("report", "--data", data.toString()));
    String name = Site.pageName(HostileWarehouse.SCRIPT_PATH, "Script");
    String page = Files.readString(report.resolve("connectors").resolve(name));
    assertTrue(page.contains("Version timeline") && page.contains("c0"), "timeline rows");
    assertTrue(page.contains("operation_removed"), "its breaking change");
    assertTrue(page.contains("same title") && page.contains("similar: same_service"), "related");
    assertTrue(
        page.contains("Pull requests overlapping it") && page.contains(">101<"),
        "the pull request that touches it");
    String link =
        Files.readString(
            report
                .resolve("connectors")
                .resolve(Site.pageName(HostileWarehouse.LINK_PATH, "Link")));
    assertTrue(link.contains("javascript:alert(1)"), "a javascript: website is shown as text");
    assertTrue(link.contains("Findings"));
  }

  @Test
  void theTriageBoardLinksAPageForEachPullRequestAndGitHubByNumber() throws Exception {
    assertEquals(0, Census.commandLine().execute("report", "--data", data.toString()));
    String board = Files.readString(report.resolve("triage.html"));
    assertTrue(board.contains("<a href=\"pulls/101.html\">#101</a>"), "its own page");
    assertTrue(
        board.contains("<a href=\"https://github.com/microsoft/PowerPlatformConnectors/pull/102\""),
        "GitHub by the number");
    assertTrue(board.contains("&lt;script&gt;alert(1)&lt;/script&gt; javascript:alert(1)"));
    assertTrue(board.contains("Git cannot tell an open pull request from a closed one"));
    assertFalse(board.contains(">open<"), "never called open");
    assertTrue(Files.exists(report.resolve("csv/pr_triage.csv")), "the full table as CSV");

    String page = Files.readString(report.resolve("pulls/101.html"));
    String script = Site.pageName(HostileWarehouse.SCRIPT_PATH, "Script");
    assertTrue(page.contains("<a href=\"../connectors/" + script + "\">"), "its folder, linked");
    assertTrue(page.contains("<a href=\"../pulls/102.html\">#102</a>"), "the overlap, linked");
    assertTrue(page.contains(Escape.html(HostileWarehouse.BREAKOUT)), "author as text");
    assertTrue(page.contains("<td class=\"n\">2</td>"), "its breaking changes");
    assertTrue(
        Files.readString(report.resolve("pulls/102.html"))
            .contains("<a href=\"../pulls/101.html\">#101</a>"),
        "the earlier pull request that decided the outcome");
    String pulls = Files.readString(report.resolve("pulls.html"));
    assertTrue(
        pulls.indexOf("href=\"triage.html\">the triage board")
            < pulls.indexOf("Every pull request"),
        "the pull-request page leads to the board before the raw table");
  }

  @Test
  void tablesShowShortIdsAndDatesWithTheFullValueOnHover() throws Exception {
    assertEquals(0, Census.commandLine().execute("report", "--data", data.toString()));
    String breaking = Files.readString(report.resolve("breaking.html"));
    assertTrue(
        breaking.contains(
            "<code class=\"id\" title=\"" + HostileWarehouse.BREAKING_COMMIT + "\">0123456</code>"),
        "the commit id, shortened");
    assertTrue(
        breaking.contains(
            "<td data-sort=\"1709373600000\"><time datetime=\"2024-03-02T10:00:00Z\""
                + " title=\"2024-03-02T10:00:00Z\">2024-03-02</time></td>"),
        "the date, sorted by the instant");
    assertTrue(breaking.contains("<div class=\"scroll\"><table class=\"data\""), "scrolls");
  }

  @Test
  void sectionsWhoseTablesAreAbsentSaySo() throws Exception {
    assertEquals(0, Census.commandLine().execute("report", "--data", data.toString()));
    String pulls = Files.readString(report.resolve("pulls.html"));
    assertTrue(pulls.contains("<code>pull_requests</code> is not in this warehouse"), pulls);
    assertTrue(pulls.contains("by outcome") && pulls.contains("open_proposal"), "overlap outcomes");
    String conformance = Files.readString(report.resolve("conformance.html"));
    assertTrue(conformance.contains("<code>conformance_by_cohort</code> is not in this warehouse"));
    assertTrue(
        conformance.contains("Series: the mean error_free_share of the 1 values of kind"),
        "a present trend table is charted");
    assertTrue(
        conformance.contains(
            "Series: the mean pass_rate of the 2 values of rule_id with the lowest pass_rate"),
        "a long-format table is charted by period, one series per rule");
  }

  @Test
  void withoutTheFindingsByRuleTableTheRuleSectionsSaySo() throws Exception {
    Path table = data.resolve("warehouse").resolve("findings_by_rule");
    assertTrue(Files.isDirectory(table));
    try (Stream<Path> files = Files.walk(table)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    assertEquals(0, Census.commandLine().execute("report", "--data", data.toString()));
    String conformance = Files.readString(report.resolve("conformance.html"));
    assertEquals(
        2,
        conformance.split("<code>findings_by_rule</code> is not in this warehouse", -1).length - 1,
        "both rule sections");
    assertTrue(
        Files.readString(report.resolve("summary.md"))
            .contains(
                "## Rules failing most\n\nThe table findings_by_rule is not in this warehouse"));
  }

  @Test
  void withoutTheConnectorCountsAndGrowthTablesTheirSectionsSaySo() throws Exception {
    for (String name : List.of("connector_counts", "connector_growth")) {
      Path table = data.resolve("warehouse").resolve(name);
      assertTrue(Files.isDirectory(table));
      try (Stream<Path> files = Files.walk(table)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    assertEquals(0, Census.commandLine().execute("report", "--data", data.toString()));
    String absent = "<code>connector_counts</code> is not in this warehouse";
    String index = Files.readString(report.resolve("index.html"));
    assertEquals(
        5, index.split(absent, -1).length - 1, "cards, kinds, publishers, auth, categories");
    assertFalse(index.contains("connectors with errors"), "no card without its figure");
    assertTrue(
        index.contains(
            "<h2>Growth over time</h2>\n<p class=\"absent\">The table <code>connector_growth</code>"),
        index);
    String conformance = Files.readString(report.resolve("conformance.html"));
    assertEquals(1, conformance.split(absent, -1).length - 1, "the conformance cards");
    String summary = Files.readString(report.resolve("summary.md"));
    assertTrue(summary.startsWith("# Connector Census\n\n- 4 connectors\n- "), summary);
    assertFalse(summary.contains("with at least one error"), summary);
    assertEquals(
        2,
        summary.split("The table connector_counts is not in this warehouse", -1).length - 1,
        "kinds and publishers");
  }

  @Test
  void summaryAndCsvNeutraliseMarkupAndFormulas() throws Exception {
    assertEquals(0, Census.commandLine().execute("report", "--data", data.toString()));
    String md = Files.readString(report.resolve("summary.md"), StandardCharsets.UTF_8);
    assertFalse(md.contains("<script>"), md);
    assertFalse(md.contains("](javascript"), "no Markdown link can be formed");
    String csv = Files.readString(report.resolve("csv/connectors.csv"), StandardCharsets.UTF_8);
    assertTrue(csv.contains("'=HYPERLINK"), "a formula is neutralised: " + csv);
    assertTrue(csv.startsWith("kind,folder,path,commit_id"), "header row");
    String publishers = Files.readString(report.resolve("csv/overview-publishers.csv"));
    assertTrue(publishers.startsWith("publisher,connectors,share"), publishers);
    assertTrue(publishers.contains("'=HYPERLINK"), "computed tables are neutralised too");
    assertTrue(Files.exists(report.resolve("csv/duplicate_pairs.csv")), "optional tables too");
  }

  @Test
  void theCheckIndexIsPublishedWithTheReport() throws Exception {
    assertEquals(0, Census.commandLine().execute("report", "--data", data.toString()));
    CheckIndex index = CheckIndex.load(report.resolve(CheckIndex.FILE_NAME).toString());
    Warehouse warehouse = new Warehouse(data.resolve("warehouse").toString());
    List<Entry> expected = new ArrayList<>(Registry.connectors(warehouse));
    expected.addAll(Registry.pullRequests(warehouse));
    assertEquals(expected, index.entries());
  }

  @Test
  void aFailedReportLeavesThePreviousOneInPlace() throws Exception {
    assertEquals(0, Census.commandLine().execute("report", "--data", data.toString()));
    Path index = report.resolve("index.html");
    String before = Files.readString(index);
    int code =
        Census.commandLine()
            .execute(
                "report",
                "--warehouse",
                tmp.resolve("empty").toString(),
                "--out",
                report.toString());
    assertNotEquals(0, code, "no warehouse: a clear error");
    assertEquals(before, Files.readString(index));
    assertTrue(
        new Warehouse(data.resolve("warehouse").toString()).tables().contains("duplicate_pairs"));
  }
}
