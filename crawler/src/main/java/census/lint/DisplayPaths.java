package census.lint;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * How lint output names files: relative to a base folder (the working directory) when inside it.
 */
public final class DisplayPaths {
  private final Path base;
  // A file has as many findings as it has, up to thousands, and each asks for its path again.
  private final Map<Path, String> shown = new HashMap<>();
  private final Map<Path, String> uris = new HashMap<>();

  public DisplayPaths(Path base) {
    this.base = base.toAbsolutePath().normalize();
  }

  /** The path as a person reads it: relative to the base with forward slashes, else absolute. */
  public String show(Path file) {
    return shown.computeIfAbsent(file, this::relative);
  }

  private String relative(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    if (abs.startsWith(base) && !abs.equals(base)) {
      return base.relativize(abs).toString().replace(abs.getFileSystem().getSeparator(), "/");
    }
    return abs.toString();
  }

  /**
   * The path as a SARIF artifact URI: a percent-encoded relative reference when inside the base
   * (GitHub code scanning resolves it against the repository root), else an absolute file URI.
   */
  String uri(Path file) {
    return uris.computeIfAbsent(file, this::toUri);
  }

  private String toUri(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    if (!abs.startsWith(base) || abs.equals(base)) {
      return abs.toUri().toASCIIString();
    }
    String relative = show(abs);
    // A first segment with a colon would read as a URI scheme.
    int slash = relative.indexOf('/');
    String first = slash < 0 ? relative : relative.substring(0, slash);
    String path = first.contains(":") ? "./" + relative : relative;
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot make a URI of " + path, e);
    }
  }

  /** The base folder as an absolute file URI ending in a slash, for SARIF's uriBaseId. */
  String baseUri() {
    String uri = base.toUri().toASCIIString();
    return uri.endsWith("/") ? uri : uri + "/";
  }
}
