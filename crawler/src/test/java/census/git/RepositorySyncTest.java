package census.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositorySyncTest {
  @TempDir Path tmp;

  @Test
  void aFailingRemoteIsRetriedWithBackoffThenReportedClearly() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    AtomicInteger requests = new AtomicInteger();
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          exchange.sendResponseHeaders(503, -1); // the service is down
          exchange.close();
        });
    server.start();
    String url =
        "http://127.0.0.1:" + server.getAddress().getPort() + "/PowerPlatformConnectors.git";
    try {
      long start = System.nanoTime();
      IOException failed =
          assertThrows(
              IOException.class, () -> new RepositorySync(3, 100).sync(url, tmp.resolve("work")));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(failed.getMessage().contains("failed after 3 attempts"), failed.getMessage());
      assertTrue(failed.getMessage().contains(url), "the message names the remote");
      assertEquals(3, requests.get(), "one request per attempt");
      assertTrue(millis >= 300, "backed off 100 ms, then 200 ms: " + millis);
    } finally {
      server.stop(0);
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
