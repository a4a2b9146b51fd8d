package census.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.git.RepositorySync;
import census.pipeline.CrawlTipStep;
import census.pipeline.Locations;
import census.testing.ConnectorFixture;
import census.testing.FixtureRepo;
import census.warehouse.CorruptTableException;
import census.warehouse.Row;
import census.warehouse.RunLog;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged repository or warehouse costs findings or a clear error, never the run. */
class DamagedInputTest {
  @TempDir Path tmp;

  @Test
  void aBlobMissingFromTheObjectStoreBecomesAFindingAndTheCrawlContinues() throws Exception {
    Path data = tmp.resolve("data");
    Path mirror = RepositorySync.mirror(data.resolve("repo"));
    ObjectId swagger;
    try (FixtureRepo repo = FixtureRepo.create(mirror)) {
      repo.write("certified-connectors/Alpha", ConnectorFixture.named("Alpha"))
          .write("certified-connectors/Beta", ConnectorFixture.named("Beta"));
      repo.commit("two connectors");
      swagger =
          repo.repository()
              .resolve("refs/heads/dev:certified-connectors/Beta/apiDefinition.swagger.json");
    }
    // A partial clone: the object was never fetched.
    String hex = swagger.name();
    Files.delete(mirror.resolve("objects").resolve(hex.substring(0, 2)).resolve(hex.substring(2)));

    new CrawlTipStep("dev").run(Locations.under(data), "damaged");
    Warehouse warehouse = new Warehouse(data.resolve("warehouse").toString());
    List<Row> connectors = warehouse.read(Tables.CONNECTORS);
    assertEquals(2, connectors.size(), "the damaged connector keeps its row");
    assertTrue(
        warehouse.read(Tables.FINDINGS).stream()
            .anyMatch(
                f ->
                    f.string("connector_path").equals("certified-connectors/Beta")
                        && f.string("rule_id").equals("FileUnreadable")
                        && f.string("file").equals("apiDefinition.swagger.json")),
        "the missing content is a finding on its file");
  }

  @Test
  void aTruncatedTableIsNamedInTheErrorAndADamagedRunsTableIsSetAside() throws Exception {
    Warehouse warehouse = new Warehouse(tmp.resolve("wh").toString());
    new RunLog("crawl").finish(warehouse, null);
    Path part = tmp.resolve("wh/runs/part-00000.parquet");
    try (FileChannel file = FileChannel.open(part, StandardOpenOption.WRITE)) {
      file.truncate(file.size() / 2);
    }
    CorruptTableException damaged =
        assertThrows(CorruptTableException.class, () -> warehouse.read(Tables.RUNS));
    assertTrue(damaged.getMessage().contains(part.getFileName().toString()), damaged.getMessage());

    new RunLog("run").finish(warehouse, null);
    List<Row> runs = warehouse.read(Tables.RUNS);
    assertEquals(1, runs.size(), "the log starts again");
    assertEquals("run", runs.get(0).string("command"));
    try (var kept = Files.list(tmp.resolve("wh/_quarantine"))) {
      assertEquals(1, kept.count(), "the damaged table is kept for a person to look at");
    }
  }
}
