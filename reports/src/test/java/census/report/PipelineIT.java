package census.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.testing.ConnectorFixture;
import census.testing.FixtureRepo;
import census.warehouse.Row;
import census.warehouse.TableSchema;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code scripts/census run} as the nightly job runs it, in child processes from the packaged
 * build: two runs with nothing new give identical tables, and a run killed with -9 in any step is
 * followed by one that completes with the same tables as an uninterrupted run.
 */
class PipelineIT {
  @TempDir static Path tmp;
  static Path origin;
  static Map<String, List<Row>> reference;

  @BeforeAll
  static void referenceRun() throws Exception {
    origin = tmp.resolve("origin.git");
    try (FixtureRepo repo = FixtureRepo.create(origin)) {
      repo.write("certified-connectors/Zoho CRM", ConnectorFixture.named("Zoho CRM"))
          .write("independent-publisher-connectors/ZohoCRM", ConnectorFixture.named("Zoho-CRM"))
          .write(
              "custom-connectors/Broken",
              ConnectorFixture.named("Broken")
                  .file("apiDefinition.swagger.json", "{\"swagger\": \"2.0\",}"));
      repo.commit("connectors");
    }
    Path data = tmp.resolve("reference");
    assertEquals(0, census(data).waitFor());
    reference = tables(data);
  }

  @Test
  void twoRunsWithNothingNewProduceIdenticalTables() throws Exception {
    Path data = tmp.resolve("reference");
    assertEquals(0, census(data).waitFor());
    assertEquals(reference, tables(data));
    assertTrue(Files.isRegularFile(data.resolve("report/index.html")));
    assertTrue(Files.isRegularFile(data.resolve("report/summary.md")));
    List<Row> runs = new Warehouse(data.resolve("warehouse").toString()).read(Tables.RUNS);
    assertEquals(2, runs.size());
    assertTrue(runs.stream().allMatch(r -> r.string("status").equals("succeeded")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sync", "crawl", "history", "crawl-pulls", "analyze", "report"})
  void aRunKilledDuringAStepIsFollowedByACompleteRun(String step) throws Exception {
    Path data = tmp.resolve("killed-in-" + step);
    Process victim = census(data);
    awaitLog(data, step + " starting", victim);
    victim.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

    assertEquals(0, census(data).waitFor(), "the next run clears the stale lock and completes");
    assertEquals(reference, tables(data));
    Path staging = data.resolve("warehouse/_staging");
    if (Files.exists(staging)) {
      try (var left = Files.list(staging)) {
        assertEquals(List.of(), left.toList(), "the killed run's staging is gone");
      }
    }
  }

  @Test
  void commandsThatNeedNoSparkNeverLoadIt() throws Exception {
    Path data = tmp.resolve("reference");
    for (List<String> command :
        List.of(
            List.of("crawl", "--data", data.toString()),
            List.of("report", "--data", data.toString()),
            List.of("lint", tmp.resolve("reference.out").toString()),
            List.of("rules"))) {
      Path classes = tmp.resolve("classes-" + command.get(0) + ".log");
      List<String> args = new ArrayList<>(List.of(Path.of("..", "scripts", "census").toString()));
      args.addAll(command);
      ProcessBuilder builder = new ProcessBuilder(args).redirectErrorStream(true);
      builder.redirectOutput(tmp.resolve("out-" + command.get(0) + ".log").toFile());
      builder.environment().put("CENSUS_JAVA_OPTS", "-Xlog:class+load=info:file=" + classes);
      int code = builder.start().waitFor();
      assertTrue(
          code == 0 || (command.get(0).equals("lint") && code <= 2), command + " exited " + code);
      String loaded = Files.readString(classes, StandardCharsets.UTF_8);
      assertTrue(loaded.contains("census.cli.Census"), "the class log is real");
      assertFalse(loaded.contains("org.apache.spark."), command + " loaded Spark");
    }
  }

  private static Process census(Path data) throws IOException {
    Files.createDirectories(data);
    Path root = Path.of("..").toAbsolutePath().normalize();
    return new ProcessBuilder(
            root.resolve("scripts/census").toString(),
            "run",
            "--repo",
            origin.toString(),
            "--data",
            data.toString())
        .redirectOutput(data.resolveSibling(data.getFileName() + ".out").toFile())
        .redirectError(
            ProcessBuilder.Redirect.appendTo(
                data.resolveSibling(data.getFileName() + ".log").toFile()))
        .start();
  }

  private static void awaitLog(Path data, String marker, Process process) throws Exception {
    Path log = data.resolveSibling(data.getFileName() + ".log");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
    while (System.nanoTime() < deadline && process.isAlive()) {
      if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(marker)) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("never saw \"" + marker + "\" in " + log);
  }

  /**
   * Every table but the bookkeeping, by name, its rows in a fixed order (a table's rows have none:
   * parallel checks write them as they finish): runs and history_state say when it ran,
   * fingerprints hash the files, which hold the same rows in other parts after a run was killed.
   */
  private static Map<String, List<Row>> tables(Path data) throws IOException {
    Warehouse warehouse = new Warehouse(data.resolve("warehouse").toString());
    Map<String, List<Row>> all = new LinkedHashMap<>();
    for (TableSchema table : Tables.all()) {
      if (!List.of(Tables.RUNS, Tables.HISTORY_STATE, Tables.FINGERPRINTS).contains(table)) {
        List<Row> rows = new ArrayList<>(warehouse.read(table));
        rows.sort(java.util.Comparator.comparing(Row::toString));
        all.put(table.name(), rows);
      }
    }
    return all;
  }
}
