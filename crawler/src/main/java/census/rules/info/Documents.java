package census.rules.info;

import census.connector.ConnectorContext;
import census.json.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The two files the metadata, properties and security rules read, when they could be read as JSON
 * objects. A definition that is OpenAPI 3 rather than Swagger 2.0 is left to
 * SpecificationVersionIncorrect: checked as Swagger, it would only cascade into noise.
 */
public final class Documents {
  private Documents() {}

  /** The API definition, if it is a readable Swagger 2.0 object. */
  public static Optional<JsonDocument> swagger(ConnectorContext connector) {
    return connector.swagger().filter(doc -> doc.tree().isObject() && !isOpenApi3(doc.tree()));
  }

  /** apiProperties.json, if it is a readable object. */
  public static Optional<JsonDocument> properties(ConnectorContext connector) {
    return connector.properties().filter(doc -> doc.tree().isObject());
  }

  /** Runs {@code check} on apiProperties.json and the definition when both are readable. */
  public static void withBoth(
      ConnectorContext connector, BiConsumer<JsonDocument, JsonDocument> check) {
    Optional<JsonDocument> properties = properties(connector);
    Optional<JsonDocument> swagger = swagger(connector);
    if (properties.isPresent() && swagger.isPresent()) {
      check.accept(properties.get(), swagger.get());
    }
  }

  /**
   * Runs {@code check} on the definition's info.description, stripped, when it is text that is not
   * blank (a missing or empty description is RequiredPropertyMissing's or RequiredValueEmpty's).
   */
  static void withDescription(ConnectorContext connector, BiConsumer<JsonDocument, String> check) {
    swagger(connector)
        .ifPresent(
            doc -> {
              JsonNode description = doc.tree().path("info").path("description");
              if (description.isTextual() && !description.asText().isBlank()) {
                check.accept(doc, description.asText().strip());
              }
            });
  }

  private static boolean isOpenApi3(JsonNode root) {
    return root.has("openapi") && !root.has("swagger");
  }
}
