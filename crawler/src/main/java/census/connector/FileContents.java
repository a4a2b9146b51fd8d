package census.connector;

import java.io.IOException;

/** Reads the bytes of a {@link FileRef}, from git objects or from disk. */
@FunctionalInterface
public interface FileContents {
  /**
   * Returns the file's bytes; files over {@code maxBytes} are not read and raise {@link
   * TooLargeException}, so hostile content cannot exhaust memory.
   */
  byte[] read(FileRef file, long maxBytes) throws IOException;

  /** The file is larger than the caller is willing to read. */
  final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    public TooLargeException(FileRef file, long maxBytes) {
      super(file.name() + " is " + file.size() + " bytes, over the limit of " + maxBytes);
    }
  }
}
