package census.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import census.rules.RuleEvidence;
import census.warehouse.Row;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline, {@code scripts/census run}, on the real repository bundle: what its README
 * states holds in the tables, the Spark job ran, and the report exists.
 */
class BundlePipelineIT {
  @TempDir Path data;

  @Test
  void censusRunOnTheBundle() throws Exception {
    Path bundle =
        Path.of(
            System.getProperty(
                "census.bundle", "../../shared/data/PowerPlatformConnectors.bundle"));
    assumeTrue(Files.isRegularFile(bundle), "no bundle at " + bundle);
    Process run =
        new ProcessBuilder(
                Path.of("..", "scripts", "census").toString(),
                "run",
                "--repo",
                bundle.toString(),
                "--data",
                data.toString())
            .redirectErrorStream(true)
            .redirectOutput(data.resolveSibling("bundle-run.log").toFile())
            .start();
    assertEquals(0, run.waitFor(), Files.readString(data.resolveSibling("bundle-run.log")));

    Warehouse warehouse = new Warehouse(data.resolve("warehouse").toString());
    List<Row> connectors = warehouse.read(Tables.CONNECTORS);
    Map<String, Long> byKind =
        connectors.stream()
            .collect(Collectors.groupingBy(r -> r.string("kind"), Collectors.counting()));
    assertEquals(Map.of("certified", 619L, "independent_publisher", 396L, "custom", 20L), byKind);
    assertTrue(
        warehouse.read(Tables.OPERATIONS).size() > 10_000, "operations of 1,035 definitions");
    assertTrue(warehouse.read(Tables.FINDINGS).size() > 1_000);
    assertTrue(
        warehouse.read(Tables.DUPLICATE_GROUPS).size() >= 2,
        "the Spark job found duplicate titles");
    Row runRow = warehouse.read(Tables.RUNS).get(0);
    assertEquals("succeeded", runRow.string("status"));
    assertEquals(
        List.of("sync", "crawl", "history", "crawl-pulls", "analyze", "report"),
        runRow.strings("steps").stream().map(s -> s.substring(0, s.indexOf('='))).toList());
    assertTrue(
        warehouse.read(Tables.PULL_REQUEST_COMMITS).size()
            > warehouse.read(Tables.PULL_REQUESTS).size(),
        "every own commit's folder versions, not only the heads");
    assertEvidenceIsTheCheckedInOne();
    String html = Files.readString(data.resolve("report/index.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("<b>1035</b><span>connectors</span>"), "headline figure");
    assertTrue(Files.size(data.resolve("report/csv/findings.csv")) > 0);
  }

  /**
   * The evidence docs/rules.md quotes and the severity policy reads is checked in; it must be what
   * the run's rule-evidence job computes from the bundle, or the severities rest on stale figures.
   */
  private void assertEvidenceIsTheCheckedInOne() throws Exception {
    Process evidence =
        new ProcessBuilder(
                Path.of("..", "scripts", "census").toString(),
                "evidence",
                "--tsv",
                "--data",
                data.toString())
            .redirectError(data.resolveSibling("bundle-evidence.log").toFile())
            .start();
    String computed = new String(evidence.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(
        0, evidence.waitFor(), Files.readString(data.resolveSibling("bundle-evidence.log")));
    String checkedIn;
    try (InputStream in = RuleEvidence.class.getResourceAsStream(RuleEvidence.RESOURCE)) {
      checkedIn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(
        checkedIn,
        computed,
        "rule_evidence drifted from crawler/src/main/resources"
            + RuleEvidence.RESOURCE
            + ": run scripts/evidence.sh");
  }
}
