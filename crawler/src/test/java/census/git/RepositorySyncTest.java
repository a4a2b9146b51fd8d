package census.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.testing.ConnectorFixture;
import census.testing.CountingServer;
import census.testing.FixtureRepo;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositorySyncTest {
  @TempDir Path tmp;

  @Test
  void aFailingRemoteIsRetriedWithBackoffThenReportedClearly() throws Exception {
    try (CountingServer server = new CountingServer(503)) { // the service is down
      String url = server.url("/PowerPlatformConnectors.git");
      long start = System.nanoTime();
      IOException failed =
          assertThrows(
              IOException.class, () -> new RepositorySync(3, 100).sync(url, tmp.resolve("work")));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(failed.getMessage().contains("failed after 3 attempts"), failed.getMessage());
      assertTrue(failed.getMessage().contains(url), "the message names the remote");
      assertEquals(3, server.requests(), "one request per attempt");
      assertTrue(millis >= 300, "backed off 100 ms, then 200 ms: " + millis);
    }
  }

  @Test
  void aRefNameThatIsNotUtf8NeitherStopsTheSyncNorHidesDev() throws Exception {
    Path origin = tmp.resolve("origin.git");
    ObjectId tip;
    try (FixtureRepo repo = FixtureRepo.create(origin)) {
      repo.write("certified-connectors/Contoso", ConnectorFixture.named("Contoso"));
      tip = repo.commit("first");
    }
    // A branch whose name is Latin-1 bytes ("café" with 0xE9), as another git client may push it.
    byte[] line = ("\n" + tip.name() + " refs/heads/caf").getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out =
        Files.newOutputStream(
            origin.resolve("packed-refs"), StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      if (Files.size(origin.resolve("packed-refs")) == 0) {
        out.write("# pack-refs with: peeled\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.write(line, 1, line.length - 1);
      out.write(new byte[] {(byte) 0xE9, '\n'});
    }

    RepositorySync.Result result = new RepositorySync().sync(origin.toString(), tmp.resolve("w"));
    assertEquals(tip.name(), result.devTip());
    try (Repository mirror = RepositorySync.open(tmp.resolve("w"))) {
      List<String> branches =
          mirror.getRefDatabase().getRefsByPrefix("refs/heads/").stream()
              .map(Ref::getName)
              .toList();
      assertTrue(branches.contains("refs/heads/dev"), branches.toString());
      assertEquals(2, branches.size(), "the odd branch is kept under a decoded name: " + branches);
    }
  }

  @Test
  void aMissingLocalSourceIsAClearError() {
    Exception e =
        assertThrows(
            Exception.class,
            () -> new RepositorySync().sync(tmp.resolve("nope.bundle").toString(), tmp));
    assertTrue(e.getMessage().contains("nope.bundle"), e.getMessage());
  }
}
