package census.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {
  @TempDir Path tmp;

  @Test
  @SuppressWarnings("try") // the lock is held, not used, in the block
  void aSecondRunIsRefusedWhileTheFirstHoldsTheLock() throws Exception {
    Path file = tmp.resolve("census.lock");
    try (RunLock first = RunLock.acquire(file)) {
      RunLock.HeldException refused =
          assertThrows(RunLock.HeldException.class, () -> RunLock.acquire(file));
      assertTrue(refused.getMessage().contains("pid " + ProcessHandle.current().pid()));
    }
    assertFalse(Files.exists(file), "closing releases the lock");
    RunLock.acquire(file).close();
  }

  @Test
  @SuppressWarnings("try") // the lock is held, not used, in the block
  void aLockLeftByADeadProcessIsCleared() throws Exception {
    Process dead = new ProcessBuilder("true").start();
    dead.waitFor();
    Path file = tmp.resolve("census.lock");
    Files.write(
        file,
        List.of(
            Long.toString(dead.pid()),
            InetAddress.getLocalHost().getHostName(),
            Instant.now().toString()));
    try (RunLock lock = RunLock.acquire(file)) {
      assertEquals(ProcessHandle.current().pid(), RunLock.holder(file).orElseThrow().pid());
    }
  }

  @Test
  void aLockHeldOnAnotherHostIsRespected() throws Exception {
    Path file = tmp.resolve("census.lock");
    Files.write(file, List.of("1", "some-other-host", Instant.now().toString()));
    assertThrows(RunLock.HeldException.class, () -> RunLock.acquire(file));
  }

  @Test
  void anUnreadableLockFileIsTreatedAsStale() throws Exception {
    Path file = tmp.resolve("census.lock");
    Files.writeString(file, "garbage");
    RunLock.acquire(file).close();
  }
}
