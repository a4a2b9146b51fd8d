package census.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MirrorDamageTest {
  @TempDir Path work;

  private static final ObjectId ID =
      ObjectId.fromString("8a532a5d00000000000000000000000000000000");

  @Test
  void aMissingObjectInTheMirrorIsADamageNamedInWords() throws Exception {
    Files.createDirectories(RepositorySync.mirror(work).resolve("objects/pack"));
    Optional<MirrorDamage.Damage> damage =
        MirrorDamage.of(
            new UncheckedIOException(
                new IOException("walk failed", new MissingObjectException(ID, Constants.OBJ_TREE))),
            work);
    assertTrue(damage.isPresent());
    assertTrue(damage.get().description().contains("object " + ID.name() + " is missing"));
    assertEquals(
        damage.get().signature(),
        MirrorDamage.of(new MissingObjectException(ID, Constants.OBJ_TREE), work)
            .orElseThrow()
            .signature(),
        "the same damage has the same signature, however it is wrapped");
    assertTrue(
        MirrorDamage.of(new IOException("x", new EOFException("pack cut short")), work)
            .isPresent());
  }

  @Test
  void aFailedTransferIsNotADamageWhateverItWraps() {
    // A connection cut mid-pack, or a remote lacking an object: cloning again would not mend it.
    assertEquals(
        Optional.empty(),
        MirrorDamage.of(
            new TransportException("origin: premature end", new EOFException("short read")), work));
    assertEquals(
        Optional.empty(),
        MirrorDamage.of(
            new org.eclipse.jgit.api.errors.TransportException(
                "fetch failed",
                new TransportException(
                    "missing", new MissingObjectException(ID, Constants.OBJ_COMMIT))),
            work));
    assertEquals(Optional.empty(), MirrorDamage.of(new IOException("disk full"), work));
  }
}
