package census.model;

import java.util.Locale;
import java.util.Optional;

/** Where a connector is published, read from the top-level folder that holds it. */
public enum ConnectorKind {
  CERTIFIED("certified-connectors"),
  INDEPENDENT_PUBLISHER("independent-publisher-connectors"),
  CUSTOM("custom-connectors");

  private final String topFolder;

  ConnectorKind(String topFolder) {
    this.topFolder = topFolder;
  }

  /** The repository folder that holds connectors of this kind. */
  public String topFolder() {
    return topFolder;
  }

  /**
   * The value stored in the {@code kind} column: {@code certified}, {@code independent_publisher},
   * {@code custom}.
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ConnectorKind> fromTopFolder(String folder) {
    for (ConnectorKind kind : values()) {
      if (kind.topFolder.equals(folder)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** Accepts the column value or a command-line spelling such as {@code independent-publisher}. */
  public static Optional<ConnectorKind> fromId(String id) {
    String normal = id.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    for (ConnectorKind kind : values()) {
      if (kind.id().equals(normal) || kind.topFolder.equals(id)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
