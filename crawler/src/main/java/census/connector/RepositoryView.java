package census.connector;

import java.util.Optional;

/**
 * Files of the repository around a connector, at the same commit: the JSON Schemas under {@code
 * schemas/} that apiProperties.json is validated against.
 */
@FunctionalInterface
public interface RepositoryView {
  RepositoryView EMPTY = path -> Optional.empty();

  /** The bytes of a repository file such as {@code schemas/paconn-apiProperties.schema.json}. */
  Optional<byte[]> file(String repositoryPath);
}
