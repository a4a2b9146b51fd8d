package census.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import census.cli.Census;
import census.testing.ConnectorFixture;
import census.testing.FixtureRepo;
import census.warehouse.Row;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The warehouse on a small tmpfs that fills up: the crawl fails with a clear error and the last
 * published tables stay readable. Needs root to mount; skipped where mounting is not allowed.
 */
class FullDiskTest {
  @TempDir Path tmp;

  @Test
  void aFullDiskFailsTheCrawlClearlyAndKeepsTheLastGoodWarehouse() throws Exception {
    Path disk = Files.createDirectories(tmp.resolve("small-disk"));
    assumeTrue(
        run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.toString()) == 0,
        "cannot mount tmpfs here");
    try {
      Path origin = tmp.resolve("origin.git");
      try (FixtureRepo repo = FixtureRepo.create(origin)) {
        repo.write("certified-connectors/Alpha", ConnectorFixture.named("Alpha"));
        repo.commit("one");
      }
      Path data = tmp.resolve("data");
      String warehouse = disk.resolve("warehouse").toString();
      assertEquals(
          0,
          Census.commandLine()
              .execute("sync", "--repo", origin.toString(), "--data", data.toString()));
      assertEquals(
          0,
          Census.commandLine()
              .execute("crawl", "--data", data.toString(), "--warehouse", warehouse));
      List<Row> before = new Warehouse(warehouse).read(Tables.CONNECTORS);
      assertEquals(1, before.size());

      fill(disk.resolve("filler"));
      StringWriter err = new StringWriter();
      CommandLine cli = Census.commandLine();
      cli.setErr(new PrintWriter(err, true));
      int code = cli.execute("crawl", "--data", data.toString(), "--warehouse", warehouse);

      assertEquals(2, code);
      assertTrue(err.toString().contains("No space left on device"), err.toString());
      assertEquals(
          before, new Warehouse(warehouse).read(Tables.CONNECTORS), "last good tables intact");
    } finally {
      run("umount", disk.toString());
    }
  }

  private static void fill(Path file) throws IOException {
    byte[] block = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(file)) {
      while (true) {
        out.write(block);
      }
    } catch (IOException full) {
      // the disk is full now, as intended
    }
  }

  private static int run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor();
  }
}
