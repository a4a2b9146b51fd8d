package census.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.testing.CountingServer;
import java.io.IOException;
import java.nio.file.Path;
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
  void aMissingLocalSourceIsAClearError() {
    Exception e =
        assertThrows(
            Exception.class,
            () -> new RepositorySync().sync(tmp.resolve("nope.bundle").toString(), tmp));
    assertTrue(e.getMessage().contains("nope.bundle"), e.getMessage());
  }
}
