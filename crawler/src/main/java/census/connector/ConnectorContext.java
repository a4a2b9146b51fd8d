package census.connector;

import census.json.JsonDocument;
import census.model.ConnectorKind;
import io.swagger.models.Swagger;
import io.swagger.parser.util.SwaggerDeserializationResult;
import io.swagger.parser.util.SwaggerDeserializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One connector folder opened for extraction and rules: each file is read and parsed once, on first
 * use, and files that cannot be read are remembered as {@link ReadProblem}s.
 *
 * <p>Not thread-safe: one context belongs to one worker.
 */
public final class ConnectorContext {
  /** Icons and Markdown are small; anything larger is not read. */
  static final long MAX_SIDE_FILE_BYTES = 4L * 1024 * 1024;

  private final ConnectorFolder folder;
  private final RepositoryView repository;
  private final Map<String, Optional<?>> cache = new HashMap<>();
  private final List<ReadProblem> readProblems = new ArrayList<>();
  private Optional<SwaggerDeserializationResult> swaggerModel;

  public ConnectorContext(ConnectorFolder folder, RepositoryView repository) {
    this.folder = folder;
    this.repository = repository;
  }

  public ConnectorFolder folder() {
    return folder;
  }

  public ConnectorKind kind() {
    return folder.kind();
  }

  public String path() {
    return folder.path();
  }

  public RepositoryView repository() {
    return repository;
  }

  /** The API definition, parsed (leniently where needed); empty when the folder has none. */
  public Optional<JsonDocument> swagger() {
    return json(folder.swaggerFile());
  }

  public Optional<JsonDocument> properties() {
    return json(folder.propertiesFile());
  }

  public Optional<JsonDocument> settings() {
    return json(folder.settingsFile());
  }

  public Optional<TextFile> readme() {
    return text(folder.readmeFile());
  }

  public Optional<TextFile> intro() {
    return text(folder.introFile());
  }

  /** The icon's bytes, if the folder has an icon.png that could be read. */
  public Optional<byte[]> icon() {
    return cached(folder.iconFile(), f -> read(f, MAX_SIDE_FILE_BYTES));
  }

  /**
   * The definition as swagger-parser's Swagger 2.0 model, deserialized from the tree already read:
   * no {@code $ref} is resolved, so reading never reaches a network or another file.
   */
  public Optional<Swagger> swaggerModel() {
    return swaggerParse().map(SwaggerDeserializationResult::getSwagger);
  }

  /** Files that are listed but could not be read; each becomes a finding. */
  public List<ReadProblem> readProblems() {
    return List.copyOf(readProblems);
  }

  private Optional<SwaggerDeserializationResult> swaggerParse() {
    if (swaggerModel == null) {
      swaggerModel =
          swagger()
              .flatMap(JsonDocument::root)
              .filter(root -> root.has("swagger") || !root.has("openapi"))
              .flatMap(
                  root -> {
                    try {
                      return Optional.of(new SwaggerDeserializer().deserialize(root));
                    } catch (RuntimeException e) {
                      // swagger-parser throws on some shapes that are not Swagger at all.
                      readProblems.add(
                          new ReadProblem(
                              folder.swaggerFile().map(FileRef::name).orElse(""),
                              "swagger-parser could not read the definition: " + e));
                      return Optional.empty();
                    }
                  });
    }
    return swaggerModel;
  }

  private Optional<JsonDocument> json(Optional<FileRef> file) {
    return cached(
        file,
        f ->
            read(f, JsonDocument.MAX_BYTES + 1L).map(bytes -> JsonDocument.parse(f.name(), bytes)));
  }

  private Optional<TextFile> text(Optional<FileRef> file) {
    return cached(
        file,
        f ->
            read(f, MAX_SIDE_FILE_BYTES)
                .map(bytes -> new TextFile(f.name(), new String(bytes, StandardCharsets.UTF_8))));
  }

  @SuppressWarnings("unchecked")
  private <T> Optional<T> cached(Optional<FileRef> file, Function<FileRef, Optional<T>> load) {
    if (file.isEmpty()) {
      return Optional.empty();
    }
    return (Optional<T>) cache.computeIfAbsent(file.get().name(), k -> load.apply(file.get()));
  }

  private Optional<byte[]> read(FileRef file, long maxBytes) {
    try {
      return Optional.of(folder.contents().read(file, maxBytes));
    } catch (IOException | RuntimeException e) {
      readProblems.add(new ReadProblem(file.name(), String.valueOf(e.getMessage())));
      return Optional.empty();
    }
  }
}
