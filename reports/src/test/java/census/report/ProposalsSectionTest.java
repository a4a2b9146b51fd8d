package census.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.warehouse.Row;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pull-request page's proposals that never got artifacts, quiet ones marked stale. */
class ProposalsSectionTest {
  @TempDir Path tmp;

  private static Row pull(
      int number,
      String title,
      boolean proposal,
      boolean artifacts,
      boolean merged,
      String lastCommit) {
    return Tables.PULL_REQUESTS
        .row()
        .set("number", number)
        .set("head_commit", "c" + number)
        .set("author", "Author " + number)
        .set("last_commit_time", Instant.parse(lastCommit))
        .set("commit_count", 1)
        .set("commit_messages", List.of("Proposal " + number))
        .set("proposed_title", title)
        .set("is_proposal", proposal)
        .set("has_artifacts", artifacts)
        .set("merged", merged)
        .set("dev_commit", "d")
        .set("rule_catalog_version", "v")
        .build();
  }

  @Test
  void proposalsWithoutArtifactsAreListedLongestQuietFirstAndTheQuietOnesMarkedStale()
      throws Exception {
    Path data = tmp.resolve("data");
    HostileWarehouse.create(tmp, data);
    Warehouse warehouse = new Warehouse(data.resolve("warehouse").toString());
    try (Warehouse.Staging staging = warehouse.stage("pulls")) {
      staging.write(
          Tables.PULL_REQUESTS,
          List.of(
              pull(2, "Recent Weather", true, false, false, "2024-10-01T00:00:00Z"),
              pull(
                  1,
                  HostileWarehouse.SCRIPT + " Forecast",
                  true,
                  false,
                  false,
                  "2024-01-01T00:00:00Z"),
              pull(3, "Built Connector", true, true, false, "2023-01-01T00:00:00Z"),
              pull(4, "Merged Proposal", true, false, true, "2023-01-01T00:00:00Z"),
              pull(5, "Not A Proposal", false, false, false, "2024-12-01T00:00:00Z")));
      staging.publish();
    }
    new SiteReporter().report(data.resolve("warehouse").toString(), data.resolve("report"));
    Path report = data.resolve("report");
    String pulls = Files.readString(report.resolve("pulls.html"), StandardCharsets.UTF_8);
    String section =
        pulls.substring(
            pulls.indexOf("Proposals that never got artifacts"), pulls.indexOf("Overlap"));
    assertTrue(
        section.contains(
            "2 proposals were never merged and never got an API definition; 1 of them"),
        section);
    assertTrue(section.contains("2024-12-01T00:00:00Z"), "quiet is measured to the newest commit");
    int oldest = section.indexOf("Forecast");
    int recent = section.indexOf("Recent Weather");
    assertTrue(oldest > 0 && recent > oldest, "the longest quiet comes first");
    assertFalse(section.contains("Built Connector") || section.contains("Merged Proposal"));
    assertFalse(section.contains(HostileWarehouse.SCRIPT), "the title is escaped");
    String csv =
        Files.readString(
            report.resolve("csv/pulls-proposals-without-artifacts.csv"), StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();
    assertEquals(3, lines.size(), csv);
    assertTrue(lines.get(1).startsWith("1,") && lines.get(1).endsWith(",335,stale"), csv);
    assertTrue(lines.get(2).startsWith("2,") && lines.get(2).endsWith(",61,"), csv);
  }
}
