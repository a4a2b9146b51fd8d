package census.ops;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps two runs from working on the same data at once: a lock file created atomically, naming the
 * process that holds it. A lock left by a process that no longer exists on this host (a run killed
 * with -9) is stale and is cleared.
 */
public final class RunLock implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RunLock.class);

  private final Path file;

  private RunLock(Path file) {
    this.file = file;
  }

  /** Who holds a lock: process id, host and since when. */
  public record Holder(long pid, String host, Instant since) {
    static Optional<Holder> parse(List<String> lines) {
      try {
        return Optional.of(
            new Holder(Long.parseLong(lines.get(0)), lines.get(1), Instant.parse(lines.get(2))));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }

    boolean isDeadOnThisHost() {
      return host.equals(hostName()) && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }
  }

  /** Another live process holds the lock. */
  public static final class HeldException extends IOException {
    private static final long serialVersionUID = 1L;

    HeldException(Path file, Holder holder) {
      super(
          "another census run holds "
              + file
              + " (pid "
              + holder.pid()
              + " on "
              + holder.host()
              + " since "
              + holder.since()
              + ")");
    }
  }

  /** Takes the lock at {@code file}, clearing it first if its holder is dead. */
  public static RunLock acquire(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        Files.write(
            file,
            List.of(
                Long.toString(ProcessHandle.current().pid()), hostName(), Instant.now().toString()),
            StandardCharsets.UTF_8,
            java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE);
        return new RunLock(file);
      } catch (FileAlreadyExistsException e) {
        Optional<Holder> holder = holder(file);
        if (holder.isPresent() && !holder.get().isDeadOnThisHost()) {
          throw new HeldException(file, holder.get());
        }
        LOG.warn(
            "clearing stale lock {} left by {}",
            file,
            holder.map(Holder::toString).orElse("an unreadable lock file"));
        Files.deleteIfExists(file);
      }
    }
    throw new IOException("could not take the lock " + file);
  }

  /** The current holder of a lock file, if it exists and is readable. */
  public static Optional<Holder> holder(Path file) throws IOException {
    try {
      return Holder.parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() throws IOException {
    Files.deleteIfExists(file);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }
}
