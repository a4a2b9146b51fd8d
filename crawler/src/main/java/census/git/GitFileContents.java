package census.git;

import census.connector.FileContents;
import census.connector.FileRef;
import java.io.IOException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * Reads blobs straight from the object database. Each call opens its own reader, because JGit's
 * readers are not thread-safe and connectors are read on several threads.
 */
public final class GitFileContents implements FileContents {
  private final Repository repository;

  public GitFileContents(Repository repository) {
    this.repository = repository;
  }

  @Override
  public byte[] read(FileRef file, long maxBytes) throws IOException {
    try (ObjectReader reader = repository.newObjectReader()) {
      return read(reader, ObjectId.fromString(file.blobId()), file, maxBytes);
    }
  }

  static byte[] read(ObjectReader reader, ObjectId blob, FileRef file, long maxBytes)
      throws IOException {
    ObjectLoader loader = reader.open(blob, Constants.OBJ_BLOB);
    if (loader.getSize() > maxBytes) {
      throw new TooLargeException(file, maxBytes);
    }
    return loader.getCachedBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes));
  }
}
