package census.rules.info;

import census.json.JsonDocument;
import census.rules.ConnectorIndex;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * apiProperties.json when it could be read as a JSON object, alone or with the definition, for the
 * metadata, properties and security rules.
 */
public final class Documents {
  private Documents() {}

  /** apiProperties.json, if it is a readable object. */
  public static Optional<JsonDocument> properties(ConnectorIndex connector) {
    return connector.properties().filter(doc -> doc.tree().isObject());
  }

  /** Runs {@code check} on apiProperties.json and the definition when both are readable. */
  public static void withBoth(
      ConnectorIndex connector, BiConsumer<JsonDocument, JsonDocument> check) {
    Optional<JsonDocument> properties = properties(connector);
    Optional<JsonDocument> swagger = connector.definition();
    if (properties.isPresent() && swagger.isPresent()) {
      check.accept(properties.get(), swagger.get());
    }
  }

  /**
   * Runs {@code check} on the definition's info.description, stripped, when it is text that is not
   * blank (a missing or empty description is RequiredPropertyMissing's or RequiredValueEmpty's).
   */
  static void withDescription(ConnectorIndex connector, BiConsumer<JsonDocument, String> check) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              JsonNode description = doc.tree().path("info").path("description");
              if (description.isTextual() && !description.asText().isBlank()) {
                check.accept(doc, description.asText().strip());
              }
            });
  }
}
