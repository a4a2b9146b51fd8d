package census.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.jobs.SparkAnalyzer;
import census.report.SiteReporter;
import census.testing.ConnectorFixture;
import census.testing.FixtureRepo;
import census.warehouse.Row;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Pipeline#run} end to end with every module on the class path: the analyze and report steps
 * are the services analysis-jobs and reports provide.
 */
class PipelineRunTest {
  @TempDir Path tmp;

  @Test
  void theServicesAreFound() {
    assertEquals(
        List.of(SparkAnalyzer.class),
        ServiceLoader.load(Analyzer.class).stream().map(ServiceLoader.Provider::type).toList());
    assertEquals(
        List.of(SiteReporter.class),
        ServiceLoader.load(Reporter.class).stream().map(ServiceLoader.Provider::type).toList());
  }

  @Test
  void aRunSyncsCrawlsAnalyzesAndReports() throws Exception {
    Path origin = tmp.resolve("origin.git");
    ObjectId dev;
    try (FixtureRepo repo = FixtureRepo.create(origin)) {
      repo.write("certified-connectors/Zoho CRM", ConnectorFixture.named("Zoho CRM"))
          .write("independent-publisher-connectors/ZohoCRM", ConnectorFixture.named("Zoho-CRM"))
          .write("certified-connectors/Other", ConnectorFixture.named("Other"));
      dev = repo.commit("connectors");
    }
    Path data = tmp.resolve("data");
    Locations at = Locations.under(data);

    Pipeline.Result run =
        Pipeline.run(
            new RunOptions(at, origin.toString(), "dev", AnalyzeStep.on("local[2]", false)));

    assertEquals(dev.name(), run.synced().devTip());
    assertEquals(dev.name(), run.crawled().commitId());
    assertEquals(3L, run.crawled().rowCounts().get("connectors"));
    assertEquals(1, run.history().commitsWalked());
    assertEquals(0, run.pulls().crawled());
    assertEquals(data.resolve("report/index.html").toAbsolutePath(), run.report());
    assertTrue(Files.isRegularFile(run.report()));

    Warehouse warehouse = new Warehouse(at.warehouse());
    assertEquals(
        List.of("certified-connectors/Zoho CRM", "independent-publisher-connectors/ZohoCRM"),
        warehouse.read(Tables.DUPLICATE_GROUPS).stream()
            .map(r -> r.string("path"))
            .sorted()
            .toList(),
        "the analyze service ran the Spark jobs");
    Row row = warehouse.read(Tables.RUNS).get(0);
    assertEquals(
        List.of(run.runId(), "run", "succeeded", "dev", dev.name()),
        List.of(
            row.string("run_id"),
            row.string("command"),
            row.string("status"),
            row.string("ref"),
            row.string("repo_tip")));
    assertEquals(
        List.of("sync", "crawl", "history", "crawl-pulls", "analyze", "report"),
        row.strings("steps").stream().map(s -> s.substring(0, s.indexOf('='))).toList());
  }

  @Test
  void aRunWithNothingNewTouchesNoTableAndANewCommitRecomputesWhatReadsIt() throws Exception {
    Path origin = tmp.resolve("origin.git");
    Path data = tmp.resolve("data");
    Locations at = Locations.under(data);
    RunOptions options =
        new RunOptions(at, origin.toString(), "dev", AnalyzeStep.on("local[2]", false));
    try (FixtureRepo repo = FixtureRepo.create(origin)) {
      repo.write("certified-connectors/Zoho CRM", ConnectorFixture.named("Zoho CRM"));
      repo.commit("one connector");
      Pipeline.run(options);
      Map<Path, String> before = files(data, "runs");

      Pipeline.run(options);
      assertEquals(before, files(data, "runs"), "a run with nothing new rewrites no table or page");
      Warehouse warehouse = new Warehouse(at.warehouse());
      List<String> skipped = warehouse.read(Tables.RUNS).get(1).strings("skipped");
      assertTrue(skipped.contains("report"), skipped.toString());
      assertTrue(skipped.contains("job:duplicate-titles"), skipped.toString());

      repo.write("independent-publisher-connectors/ZohoCRM", ConnectorFixture.named("Zoho-CRM"));
      repo.commit("a duplicate");
      Pipeline.run(options);
      assertEquals(
          2,
          warehouse.read(Tables.DUPLICATE_GROUPS).size(),
          "the duplicate-titles job ran on the new connectors");
      assertTrue(
          Files.readString(data.resolve("report/csv/connectors.csv")).contains("ZohoCRM"),
          "the report was rendered again");
      assertEquals(
          List.of("job:findings-by-rule"),
          warehouse.read(Tables.RUNS).get(2).strings("skipped"),
          "the new connector has no findings: the findings table, all that job reads, is unchanged");

      Pipeline.run(new RunOptions(at, origin.toString(), "dev", AnalyzeStep.on("local[2]", true)));
      assertEquals(List.of(), warehouse.read(Tables.RUNS).get(3).strings("skipped"), "--force");
    }
  }

  /**
   * Every file of the data folder's warehouse and report, by path, with its size, modification time
   * and content hash; the {@code except} table's folder is left out.
   */
  private static Map<Path, String> files(Path data, String except) throws Exception {
    Map<Path, String> files = new TreeMap<>();
    for (String folder : List.of("warehouse", "report")) {
      try (Stream<Path> all = Files.walk(data.resolve(folder))) {
        for (Path f : all.filter(Files::isRegularFile).toList()) {
          Path relative = data.relativize(f);
          if (!relative.startsWith(Path.of("warehouse", except))) {
            files.put(
                relative,
                Files.size(f)
                    + " "
                    + Files.getLastModifiedTime(f)
                    + " "
                    + Arrays.hashCode(Files.readAllBytes(f)));
          }
        }
      }
    }
    return files;
  }
}
