package census.connector;

/**
 * One file of a connector folder: its path inside the folder (forward slashes), the git blob id
 * (null when read from disk) and its size in bytes.
 */
public record FileRef(String name, String blobId, long size) {
  /** The file's name without any subfolder. */
  public String baseName() {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? name : name.substring(slash + 1);
  }

  /** True for files directly in the connector folder rather than in a subfolder. */
  public boolean atTop() {
    return name.indexOf('/') < 0;
  }
}
