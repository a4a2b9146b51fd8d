package census.connector;

/**
 * One file of a connector folder: its path inside the folder (forward slashes), the git blob id
 * (null when read from disk) and its size in bytes.
 */
public record FileRef(String name, String blobId, long size) {
  /** True for files directly in the connector folder rather than in a subfolder. */
  public boolean atTop() {
    return name.indexOf('/') < 0;
  }
}
