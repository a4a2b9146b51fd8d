package census.connector;

import census.model.ConnectorKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A connector folder as found in the repository or on disk: its kind, its folder name, its
 * repository path ({@code kind-folder/name}) and every file under it.
 */
public record ConnectorFolder(
    ConnectorKind kind, String folder, String path, List<FileRef> files, FileContents contents) {

  public static final String SWAGGER = "apiDefinition.swagger.json";
  public static final String PROPERTIES = "apiProperties.json";
  public static final String SETTINGS = "settings.json";

  public ConnectorFolder {
    files = List.copyOf(files);
  }

  /**
   * This folder with some files' contents replaced by {@code replaced} (file name to bytes), as
   * {@code census lint --fix} sees it between passes before anything is written.
   */
  public ConnectorFolder withContents(Map<String, byte[]> replaced) {
    if (replaced.isEmpty()) {
      return this;
    }
    List<FileRef> refs =
        files.stream()
            .map(
                f ->
                    replaced.containsKey(f.name())
                        ? new FileRef(f.name(), null, replaced.get(f.name()).length)
                        : f)
            .toList();
    FileContents original = contents;
    FileContents overlaid =
        (file, max) -> {
          byte[] bytes = replaced.get(file.name());
          if (bytes == null) {
            return original.read(file, max);
          }
          if (bytes.length > max) {
            throw new FileContents.TooLargeException(file, max);
          }
          return bytes;
        };
    return new ConnectorFolder(kind, folder, path, refs, overlaid);
  }

  /**
   * The folder holds files, all of them readme.md or intro.md: a proposal, the publishing process's
   * first step, before the artifacts come.
   */
  public boolean onlyDocs() {
    return !files.isEmpty()
        && files.stream()
            .map(f -> f.name().toLowerCase(Locale.ROOT))
            .allMatch(n -> n.equals("readme.md") || n.equals("intro.md"));
  }

  /** A top-level file by exact name, else by case-insensitive name. */
  public Optional<FileRef> file(String name) {
    Optional<FileRef> exact =
        files.stream().filter(f -> f.atTop() && f.name().equals(name)).findFirst();
    if (exact.isPresent()) {
      return exact;
    }
    return files.stream().filter(f -> f.atTop() && f.name().equalsIgnoreCase(name)).findFirst();
  }

  /**
   * The API definition: {@value #SWAGGER}, else the only other top-level {@code *.json} that is not
   * a known companion file (some folders name their definition after the service).
   */
  public Optional<FileRef> swaggerFile() {
    Optional<FileRef> standard = file(SWAGGER);
    if (standard.isPresent()) {
      return standard;
    }
    List<FileRef> candidates =
        files.stream()
            .filter(FileRef::atTop)
            .filter(f -> f.name().toLowerCase(Locale.ROOT).endsWith(".json"))
            .filter(f -> !f.name().equalsIgnoreCase(PROPERTIES))
            .filter(f -> !f.name().equalsIgnoreCase(SETTINGS))
            .toList();
    Optional<FileRef> named =
        candidates.stream()
            .filter(f -> f.name().toLowerCase(Locale.ROOT).contains("swagger"))
            .findFirst();
    if (named.isPresent()) {
      return named;
    }
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  public Optional<FileRef> propertiesFile() {
    return file(PROPERTIES);
  }

  public Optional<FileRef> readmeFile() {
    return file("readme.md");
  }

  public Optional<FileRef> introFile() {
    return file("intro.md");
  }

  public Optional<FileRef> iconFile() {
    return file("icon.png");
  }

  public Optional<FileRef> scriptFile() {
    return file("script.csx");
  }

  public Optional<FileRef> settingsFile() {
    return file(SETTINGS);
  }
}
