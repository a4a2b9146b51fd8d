package census.connector;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files of the repository around a connector, at the same commit: the JSON Schemas under {@code
 * schemas/} that apiProperties.json is validated against.
 */
@FunctionalInterface
public interface RepositoryView {
  RepositoryView EMPTY = path -> Optional.empty();

  /** The bytes of a repository file such as {@code schemas/paconn-apiProperties.schema.json}. */
  Optional<byte[]> file(String repositoryPath);

  /** This view, reading each file once however many connectors ask for it. */
  default RepositoryView memoized() {
    Map<String, Optional<byte[]>> cache = new ConcurrentHashMap<>();
    return path -> cache.computeIfAbsent(path, this::file);
  }
}
