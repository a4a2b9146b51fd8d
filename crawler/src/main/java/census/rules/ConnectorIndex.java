package census.rules;

import census.connector.ConnectorContext;
import census.connector.ConnectorFolder;
import census.connector.ReadProblem;
import census.connector.RepositoryView;
import census.connector.TextFile;
import census.json.JsonDocument;
import census.model.ConnectorKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A connector as rules see it: its files, parsed once; the one entry point to its API definition,
 * {@link #definition()}, which only a readable Swagger 2.0 object passes; and values computed once
 * per connector from them (the operations, every schema, the extensions), each under a typed {@link
 * Key} so the rules that share a value do not walk the definition again.
 *
 * <p>Not thread-safe: one index belongs to one worker, like its {@link ConnectorContext}.
 */
public final class ConnectorIndex {
  /**
   * A value computed once per connector. Declare one as a constant beside the type it computes:
   * {@code static final Key<SchemaGraph> GRAPH = Key.of(SchemaGraph::of)}.
   */
  public static final class Key<T> {
    private final Function<ConnectorIndex, T> compute;

    private Key(Function<ConnectorIndex, T> compute) {
      this.compute = compute;
    }

    public static <T> Key<T> of(Function<ConnectorIndex, T> compute) {
      return new Key<>(compute);
    }

    @SuppressWarnings("unchecked") // values are stored only by get, under the key that made them
    private T cast(Object value) {
      return (T) value;
    }
  }

  private final ConnectorContext files;

  @SuppressWarnings("IdentityHashMapUsage") // keys are constants compared by identity
  private final Map<Key<?>, Object> values = new IdentityHashMap<>();

  private Optional<JsonDocument> definition;

  public ConnectorIndex(ConnectorContext files) {
    this.files = files;
  }

  /** The value of {@code key} for this connector, computed on first use. */
  public <T> T get(Key<T> key) {
    // Not computeIfAbsent: a value may use others (the schema graph uses the schema walk), and
    // the map does not allow computeIfAbsent to nest.
    Object value = values.get(key);
    if (value == null) {
      value = key.compute.apply(this);
      values.put(key, value);
    }
    return key.cast(value);
  }

  /**
   * The API definition, when it is a readable Swagger 2.0 object. An OpenAPI 3 definition is left
   * to SpecificationVersionIncorrect: checked as Swagger, it would only cascade into noise.
   */
  public Optional<JsonDocument> definition() {
    if (definition == null) {
      definition = files.swagger().filter(doc -> doc.tree().isObject() && !isOpenApi3(doc.tree()));
    }
    return definition;
  }

  /**
   * The definition's file as read, whatever it holds: for the rules about the file itself (its
   * syntax, layout, version and size), not its content.
   */
  public Optional<JsonDocument> definitionFile() {
    return files.swagger();
  }

  /**
   * The connector's JSON files that were found and read, as read: the definition (whatever it
   * holds), apiProperties.json and settings.json. For the rules about the files themselves.
   */
  public Stream<JsonDocument> jsonFiles() {
    return Stream.of(definitionFile(), properties(), settings()).flatMap(Optional::stream);
  }

  public Optional<JsonDocument> properties() {
    return files.properties();
  }

  public Optional<JsonDocument> settings() {
    return files.settings();
  }

  public Optional<TextFile> readme() {
    return files.readme();
  }

  public Optional<TextFile> intro() {
    return files.intro();
  }

  public Optional<byte[]> icon() {
    return files.icon();
  }

  public ConnectorFolder folder() {
    return files.folder();
  }

  public ConnectorKind kind() {
    return files.kind();
  }

  public String path() {
    return files.path();
  }

  public RepositoryView repository() {
    return files.repository();
  }

  /** Files that are listed but could not be read; each becomes a finding. */
  public List<ReadProblem> readProblems() {
    return files.readProblems();
  }

  private static boolean isOpenApi3(JsonNode root) {
    return root.has("openapi") && !root.has("swagger");
  }
}
