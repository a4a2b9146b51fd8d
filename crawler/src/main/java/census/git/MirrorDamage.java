package census.git;

import java.io.EOFException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.PackInvalidException;
import org.eclipse.jgit.errors.PackMismatchException;

/**
 * A mirror that can no longer be read (a pack cut short, an object gone), told apart from other
 * failures and said in plain words, so that a run can set the mirror aside and clone it again.
 *
 * <p>Each damage is healed once: its signature is kept in {@value #HEALED} in the work folder, and
 * a damage seen again after a fresh clone is the remote's own (a bundle lacking an object), which
 * another clone would not mend.
 */
public final class MirrorDamage {
  /** The file in the work folder listing the damages already healed, one signature a line. */
  public static final String HEALED = "healed-damage.txt";

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private MirrorDamage() {}

  /** A damage: what failed, in words, and a signature that is the same each time it is met. */
  public record Damage(String description, String signature) {}

  /**
   * The damage behind a failure, if it is one: an object the mirror should hold is missing or
   * corrupt, or a pack is invalid; the damaged packs are named where they can be found. A failure
   * of the transfer is not one, whatever it wraps: a connection cut mid-pack ends in an {@link
   * EOFException} too, and a remote that lacks an object in a {@link MissingObjectException}, and
   * cloning again would not mend either.
   */
  public static Optional<Damage> of(Throwable failure, Path workdir) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof org.eclipse.jgit.errors.TransportException
          || t instanceof org.eclipse.jgit.api.errors.TransportException) {
        return Optional.empty();
      }
      String what =
          t instanceof MissingObjectException m
              ? "object " + m.getObjectId().name() + " is missing"
              : t instanceof CorruptObjectException
                      || t instanceof PackInvalidException
                      || t instanceof PackMismatchException
                      || t instanceof EOFException
                  ? "it cannot be read (" + t.getMessage() + ")"
                  : null;
      if (what != null) {
        List<String> packs = truncatedPacks(RepositorySync.mirror(workdir));
        String where = packs.isEmpty() ? "" : "; pack files cut short: " + String.join(", ", packs);
        return Optional.of(
            new Damage(
                "the mirror " + RepositorySync.mirror(workdir) + " is damaged: " + what + where,
                (t.getClass().getSimpleName() + " " + t.getMessage()).replace('\n', ' ')));
      }
    }
    return Optional.empty();
  }

  /**
   * The packs whose last 20 bytes differ from the checksum their index records: the pack was cut
   * short or overwritten. Reads 40 bytes per pack, so it costs nothing next to a fetch.
   */
  static List<String> truncatedPacks(Path mirror) {
    List<String> damaged = new ArrayList<>();
    try (DirectoryStream<Path> packs =
        Files.newDirectoryStream(mirror.resolve("objects/pack"), "*.pack")) {
      for (Path pack : packs) {
        String name = pack.getFileName().toString();
        Path index = pack.resolveSibling(name.substring(0, name.length() - 5) + ".idx");
        if (!Files.exists(index) || !Arrays.equals(tail(pack, 0), tail(index, 20))) {
          damaged.add(mirror.relativize(pack).toString());
        }
      }
    } catch (IOException e) {
      // What cannot be listed is not named; the damage is reported all the same.
    }
    return damaged;
  }

  /** The 20 bytes that end {@code skip} bytes before the end of the file (none if too short). */
  private static byte[] tail(Path file, int skip) throws IOException {
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long at = in.length() - skip - 20;
      if (at < 0) {
        return new byte[0];
      }
      byte[] bytes = new byte[20];
      in.seek(at);
      in.readFully(bytes);
      return bytes;
    }
  }

  /** Whether this damage was healed before (then a new clone would not mend it). */
  public static boolean healedBefore(Path workdir, Damage damage) throws IOException {
    Path healed = workdir.resolve(HEALED);
    return Files.exists(healed)
        && Files.readAllLines(healed, StandardCharsets.UTF_8).contains(damage.signature());
  }

  /**
   * Moves the damaged mirror aside (kept for inspection beside it, replacing one kept before) and
   * records the damage as healed; the next sync clones the mirror again.
   */
  public static Path setAside(Path workdir, Damage damage) throws IOException {
    Path mirror = RepositorySync.mirror(workdir);
    try (DirectoryStream<Path> old =
        Files.newDirectoryStream(workdir, RepositorySync.MIRROR + ".damaged-*")) {
      for (Path p : old) {
        deleteTree(p);
      }
    }
    Path aside = workdir.resolve(RepositorySync.MIRROR + ".damaged-" + STAMP.format(Instant.now()));
    Files.move(mirror, aside, StandardCopyOption.ATOMIC_MOVE);
    Files.writeString(
        workdir.resolve(HEALED),
        damage.signature() + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    return aside;
  }

  private static void deleteTree(Path root) throws IOException {
    try (var all = Files.walk(root)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
