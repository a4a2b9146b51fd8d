package census.rules.files;

import census.json.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.resource.InputStreamSource;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON Schemas that the crawled repository ships, compiled once per distinct content: a crawl of
 * 1,035 connectors at one commit compiles the apiProperties schema once.
 *
 * <p>The schema is crawled content too. It is read leniently (the repository's own schema holds a
 * comment), always as draft-07 whatever its {@code $schema} says, and a schema whose {@code $ref}s
 * leave the document is not used, so validation never reaches the network or the disk.
 */
final class RepositorySchemas {
  private static final Logger LOG = LoggerFactory.getLogger(RepositorySchemas.class);
  private static final int KEEP = 8;

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V7,
          builder ->
              builder.schemaLoaders(
                  loaders ->
                      loaders.add(
                          iri ->
                              (InputStreamSource)
                                  () -> {
                                    throw new IOException("not loading " + iri);
                                  })));

  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();

  private static final Map<Content, Optional<JsonSchema>> COMPILED =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Content, Optional<JsonSchema>> eldest) {
          return size() > KEEP;
        }
      };

  /** The array asked for last: a crawl's memoized view hands every connector the same one. */
  @SuppressWarnings("ArrayRecordComponent") // compared by identity on purpose
  private record Recent(byte[] bytes, Optional<JsonSchema> schema) {}

  private static volatile Recent last;

  private RepositorySchemas() {}

  /**
   * Schema bytes as a map key, compared by content: a digest of each would cost more than
   * validating.
   */
  private record Content(byte[] bytes, int hash) {
    Content(byte[] bytes) {
      this(bytes, Arrays.hashCode(bytes));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Content c && hash == c.hash && Arrays.equals(bytes, c.bytes);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public String toString() {
      return bytes.length + " bytes";
    }
  }

  /** The compiled schema, or empty when the bytes are not a usable schema (logged once). */
  static Optional<JsonSchema> compile(byte[] bytes) {
    Recent recent = last;
    if (recent != null && recent.bytes() == bytes) {
      return recent.schema();
    }
    Optional<JsonSchema> schema;
    synchronized (COMPILED) {
      schema = COMPILED.computeIfAbsent(new Content(bytes), k -> build(bytes));
    }
    last = new Recent(bytes, schema);
    return schema;
  }

  private static Optional<JsonSchema> build(byte[] bytes) {
    Optional<JsonNode> root = JsonDocument.parse("schema", bytes).root();
    if (root.isEmpty() || !root.get().isObject()) {
      LOG.warn("the repository's apiProperties schema cannot be read; it is not used");
      return Optional.empty();
    }
    ObjectNode schema = root.get().deepCopy();
    schema.remove("$schema");
    schema.remove("$id");
    schema.remove("id");
    Optional<String> remote = remoteRef(schema);
    if (remote.isPresent()) {
      LOG.warn("the repository's apiProperties schema refers to {}; it is not used", remote.get());
      return Optional.empty();
    }
    try {
      return Optional.of(FACTORY.getSchema(schema, CONFIG));
    } catch (RuntimeException e) {
      LOG.warn("the repository's apiProperties schema does not compile: {}", e.toString());
      return Optional.empty();
    }
  }

  /**
   * The first {@code $ref} that does not point inside the document, if any. The parse bounds the
   * nesting depth, and so this recursion.
   */
  private static Optional<String> remoteRef(JsonNode node) {
    JsonNode ref = node.get("$ref");
    if (ref != null && (!ref.isTextual() || !ref.asText().startsWith("#"))) {
      return Optional.of(ref.toString());
    }
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
      Optional<String> found = remoteRef(it.next());
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
