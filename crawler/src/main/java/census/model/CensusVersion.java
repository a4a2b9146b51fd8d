package census.model;

import java.util.Optional;

/**
 * The build's version, as the crawler jar's manifest gives it: {@code census --version} prints it
 * and SARIF output names the tool with it. Lives here, below both, so lint need not reach up into
 * the command line for it.
 */
public final class CensusVersion {
  private CensusVersion() {}

  /** The Implementation-Version of the jar, or empty when the manifest has none. */
  public static Optional<String> get() {
    return Optional.ofNullable(CensusVersion.class.getPackage().getImplementationVersion());
  }
}
