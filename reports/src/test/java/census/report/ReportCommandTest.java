package census.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.cli.Census;
import census.testing.ConnectorFixture;
import census.testing.FixtureRepo;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";

  @TempDir Path tmp;
  Path data;

  @BeforeEach
  void crawlAHostileRepository() throws Exception {
    Path origin = tmp.resolve("origin.git");
    try (FixtureRepo repo = FixtureRepo.create(origin)) {
      repo.write("certified-connectors/Script", ConnectorFixture.named(SCRIPT))
          .write(
              "independent-publisher-connectors/Breakout",
              ConnectorFixture.named(BREAKOUT)
                  .properties(
                      p -> p.with("properties").put("publisher", "=HYPERLINK(\"http://x\")")))
          .write("custom-connectors/Link", ConnectorFixture.named("[click](javascript:alert(1))"));
      repo.commit("hostile titles");
    }
    data = tmp.resolve("data");
    assertEquals(
        0,
        Census.commandLine()
            .execute("sync", "--repo", origin.toString(), "--data", data.toString()));
    assertEquals(0, Census.commandLine().execute("crawl", "--data", data.toString()));
    Warehouse warehouse = new Warehouse(data.resolve("warehouse").toString());
    try (Warehouse.Staging staging = warehouse.stage("test")) {
      staging.write(
          Tables.DUPLICATE_GROUPS,
          List.of(
              Tables.DUPLICATE_GROUPS
                  .row()
                  .set("group_id", "g")
                  .set("path", "certified-connectors/Script")
                  .set("kind", "certified")
                  .set("title", SCRIPT)
                  .set("group_size", 2)
                  .build(),
              Tables.DUPLICATE_GROUPS
                  .row()
                  .set("group_id", "g")
                  .set("path", "custom-connectors/Link")
                  .set("kind", "custom")
                  .set("title", SCRIPT)
                  .set("group_size", 2)
                  .build()));
      staging.publish();
    }
  }

  @Test
  void hostileStringsAreEscapedInTheHtml() throws Exception {
    assertEquals(0, Census.commandLine().execute("report", "--data", data.toString()));
    String html = Files.readString(data.resolve("report/index.html"), StandardCharsets.UTF_8);
    assertFalse(html.contains(SCRIPT), "no raw script tag");
    assertFalse(html.contains("<img"), "no injected element");
    assertTrue(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the title is shown as text");
    assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("href=\"javascript"));
    assertTrue(html.contains("Content-Security-Policy"), "scripts are forbidden outright");
    assertTrue(html.contains("certified-connectors/Script"), "duplicate groups are listed");
  }

  @Test
  void summaryAndCsvNeutraliseMarkupAndFormulas() throws Exception {
    assertEquals(0, Census.commandLine().execute("report", "--data", data.toString()));
    String md = Files.readString(data.resolve("report/summary.md"), StandardCharsets.UTF_8);
    assertFalse(md.contains("<script>"), md);
    assertFalse(md.contains("](javascript"), "no Markdown link can be formed");
    String csv =
        Files.readString(data.resolve("report/csv/connectors.csv"), StandardCharsets.UTF_8);
    assertTrue(csv.contains("'=HYPERLINK"), "a formula is neutralised: " + csv);
    assertTrue(csv.startsWith("kind,folder,path,commit_id"), "header row");
  }

  @Test
  void aFailedReportLeavesThePreviousOneInPlace() throws Exception {
    assertEquals(0, Census.commandLine().execute("report", "--data", data.toString()));
    Path index = data.resolve("report/index.html");
    String before = Files.readString(index);
    int code =
        Census.commandLine()
            .execute(
                "report",
                "--warehouse",
                tmp.resolve("empty").toString(),
                "--out",
                data.resolve("report").toString());
    assertNotEquals(0, code, "no warehouse: a clear error");
    assertEquals(before, Files.readString(index));
  }
}
