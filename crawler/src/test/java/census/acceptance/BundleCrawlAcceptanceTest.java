package census.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import census.pipeline.CrawlTipStep;
import census.pipeline.Locations;
import census.pipeline.SyncStep;
import census.warehouse.Row;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Syncs and crawls the real repository bundle from ../shared/data and checks the facts its README
 * states about the tip of dev.
 */
class BundleCrawlAcceptanceTest {
  @TempDir static Path data;
  static List<Row> connectors;
  static List<Row> findings;

  @BeforeAll
  static void crawlTheBundle() throws Exception {
    Path bundle =
        Path.of(
            System.getProperty(
                "census.bundle", "../../shared/data/PowerPlatformConnectors.bundle"));
    assumeTrue(Files.isRegularFile(bundle), "no bundle at " + bundle);
    Locations at = Locations.under(data);
    new SyncStep(bundle.toString()).run(at);
    new CrawlTipStep("dev").run(at, "acceptance");
    Warehouse warehouse = new Warehouse(data.resolve("warehouse").toString());
    connectors = warehouse.read(Tables.CONNECTORS);
    findings = warehouse.read(Tables.FINDINGS);
  }

  @Test
  void oneRowPerConnectorFolderByKind() {
    assertEquals(1035, connectors.size());
    Map<String, Long> byKind =
        connectors.stream()
            .collect(Collectors.groupingBy(r -> r.string("kind"), Collectors.counting()));
    assertEquals(Map.of("certified", 619L, "independent_publisher", 396L, "custom", 20L), byKind);
    assertEquals(1035, connectors.stream().map(r -> r.string("path")).distinct().count());
  }

  @Test
  void foldersWithoutTheStandardDefinitionKeepTheirRows() {
    List<Row> nonStandard =
        connectors.stream()
            .filter(r -> !"apiDefinition.swagger.json".equalsIgnoreCase(r.string("swagger_file")))
            .toList();
    assertEquals(4, nonStandard.size(), "README: 4 folders have no apiDefinition.swagger.json");
    assertTrue(
        nonStandard.stream()
            .anyMatch(r -> r.string("swagger_file") != null && r.string("title") != null),
        "at least one names its definition differently, and its metadata is still read");
  }

  @Test
  void nonStrictJsonIsReportedWithAPlaceAndStillRead() {
    List<Row> syntax =
        findings.stream().filter(f -> f.string("rule_id").equals("InvalidJson")).toList();
    Set<String> files =
        syntax.stream()
            .map(f -> f.string("connector_path") + "/" + f.string("file"))
            .collect(Collectors.toSet());
    assertTrue(
        files.size() >= 15 && files.size() <= 30,
        "about 20 files are not strict JSON: " + files.size());
    assertTrue(
        syntax.stream().allMatch(f -> f.longValue("line") > 0), "every syntax finding has a line");
    for (String latin1 : List.of("Brønnøysundregistrene", "Yelp")) {
      assertTrue(
          findings.stream()
              .anyMatch(
                  f ->
                      f.string("rule_id").equals("FileNotUtf8")
                          && f.string("connector_path").contains(latin1)
                          && f.longValue("line") > 0),
          latin1 + " is reported as not UTF-8");
    }
    long lenient =
        connectors.stream().filter(r -> r.string("parse_status").equals("lenient")).count();
    assertTrue(lenient >= 5, "lenient parses recover metadata: " + lenient);
    assertTrue(
        connectors.stream()
            .filter(r -> r.string("parse_status").equals("lenient"))
            .allMatch(r -> r.string("title") != null),
        "every leniently parsed definition still yields its title");
  }

  @Test
  void oddFolderNamesArePreservedExactly() {
    assertTrue(connectors.stream().anyMatch(r -> r.string("folder").contains(" ")));
    assertTrue(
        connectors.stream().anyMatch(r -> !r.string("folder").chars().allMatch(c -> c < 128)));
    assertTrue(
        connectors.stream().allMatch(r -> r.string("path").endsWith("/" + r.string("folder"))));
  }
}
