package census.rules.schemas;

import census.rules.schemas.SwaggerObjects.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fixed fields Swagger 2.0 defines for each kind of object, with the JSON type each takes and,
 * for some, the values it allows. Fields starting with {@code x-} are extensions and free.
 */
final class SwaggerFields {
  private SwaggerFields() {}

  /** A JSON type a field takes; ANY for default, example and enum values. */
  enum Json {
    STRING,
    BOOLEAN,
    NUMBER,
    INTEGER,
    ARRAY,
    OBJECT,
    OBJECT_OR_BOOLEAN,
    ANY;

    boolean accepts(JsonNode value) {
      return switch (this) {
        case STRING -> value.isTextual();
        case BOOLEAN -> value.isBoolean();
        case NUMBER -> value.isNumber();
        case INTEGER -> SchemaTypes.fits("integer", value);
        case ARRAY -> value.isArray();
        case OBJECT -> value.isObject();
        case OBJECT_OR_BOOLEAN -> value.isObject() || value.isBoolean();
        case ANY -> true;
      };
    }

    String label() {
      return switch (this) {
        case OBJECT_OR_BOOLEAN -> "an object or a boolean";
        case ANY -> "any value";
        case ARRAY, OBJECT, INTEGER -> "an " + name().toLowerCase(java.util.Locale.ROOT);
        default -> "a " + name().toLowerCase(java.util.Locale.ROOT);
      };
    }
  }

  /** The JSON Schema validation keywords parameters, items and headers share with schemas. */
  private static final Map<String, Json> VALIDATION =
      Map.ofEntries(
          Map.entry("format", Json.STRING),
          Map.entry("default", Json.ANY),
          Map.entry("maximum", Json.NUMBER),
          Map.entry("exclusiveMaximum", Json.BOOLEAN),
          Map.entry("minimum", Json.NUMBER),
          Map.entry("exclusiveMinimum", Json.BOOLEAN),
          Map.entry("maxLength", Json.INTEGER),
          Map.entry("minLength", Json.INTEGER),
          Map.entry("pattern", Json.STRING),
          Map.entry("maxItems", Json.INTEGER),
          Map.entry("minItems", Json.INTEGER),
          Map.entry("uniqueItems", Json.BOOLEAN),
          Map.entry("enum", Json.ARRAY),
          Map.entry("multipleOf", Json.NUMBER),
          Map.entry("type", Json.STRING));

  static final Map<Kind, Map<String, Json>> FIELDS = new EnumMap<>(Kind.class);

  /** Allowed values of the fields that have a fixed set, by kind. */
  static final Map<Kind, Map<String, Set<String>>> VALUES = new EnumMap<>(Kind.class);

  static {
    Map<String, Json> items = new HashMap<>(VALIDATION);
    items.put("items", Json.OBJECT);
    items.put("collectionFormat", Json.STRING);
    FIELDS.put(Kind.ITEMS, Map.copyOf(items));

    Map<String, Json> header = new HashMap<>(items);
    header.put("description", Json.STRING);
    FIELDS.put(Kind.HEADER, Map.copyOf(header));

    Map<String, Json> parameter = new HashMap<>(items);
    parameter.putAll(
        Map.of(
            "name", Json.STRING,
            "in", Json.STRING,
            "description", Json.STRING,
            "required", Json.BOOLEAN,
            "schema", Json.OBJECT,
            "allowEmptyValue", Json.BOOLEAN,
            "$ref", Json.STRING));
    FIELDS.put(Kind.PARAMETER, Map.copyOf(parameter));

    Map<String, Json> schema = new HashMap<>(VALIDATION);
    schema.putAll(
        Map.ofEntries(
            Map.entry("$ref", Json.STRING),
            Map.entry("title", Json.STRING),
            Map.entry("description", Json.STRING),
            Map.entry("maxProperties", Json.INTEGER),
            Map.entry("minProperties", Json.INTEGER),
            Map.entry("required", Json.ARRAY),
            Map.entry("items", Json.OBJECT),
            Map.entry("allOf", Json.ARRAY),
            Map.entry("properties", Json.OBJECT),
            Map.entry("additionalProperties", Json.OBJECT_OR_BOOLEAN),
            Map.entry("discriminator", Json.STRING),
            Map.entry("readOnly", Json.BOOLEAN),
            Map.entry("xml", Json.OBJECT),
            Map.entry("externalDocs", Json.OBJECT),
            Map.entry("example", Json.ANY)));
    FIELDS.put(Kind.SCHEMA, Map.copyOf(schema));

    FIELDS.put(
        Kind.RESPONSE,
        Map.of(
            "description", Json.STRING,
            "schema", Json.OBJECT,
            "headers", Json.OBJECT,
            "examples", Json.OBJECT,
            "$ref", Json.STRING));
    FIELDS.put(
        Kind.OPERATION,
        Map.ofEntries(
            Map.entry("tags", Json.ARRAY),
            Map.entry("summary", Json.STRING),
            Map.entry("description", Json.STRING),
            Map.entry("externalDocs", Json.OBJECT),
            Map.entry("operationId", Json.STRING),
            Map.entry("consumes", Json.ARRAY),
            Map.entry("produces", Json.ARRAY),
            Map.entry("parameters", Json.ARRAY),
            Map.entry("responses", Json.OBJECT),
            Map.entry("schemes", Json.ARRAY),
            Map.entry("deprecated", Json.BOOLEAN),
            Map.entry("security", Json.ARRAY)));
    Map<String, Json> pathItem = new HashMap<>();
    for (String method : census.rules.SwaggerWalk.METHODS) {
      pathItem.put(method, Json.OBJECT);
    }
    pathItem.put("parameters", Json.ARRAY);
    pathItem.put("$ref", Json.STRING);
    FIELDS.put(Kind.PATH_ITEM, Map.copyOf(pathItem));

    Set<String> simpleTypes = Set.of("string", "number", "integer", "boolean", "array");
    Set<String> formats = Set.of("csv", "ssv", "tsv", "pipes");
    VALUES.put(Kind.ITEMS, Map.of("type", simpleTypes, "collectionFormat", formats));
    VALUES.put(Kind.HEADER, Map.of("type", simpleTypes, "collectionFormat", formats));
    VALUES.put(
        Kind.PARAMETER,
        Map.of(
            "in",
            Set.of("query", "header", "path", "formData", "body"),
            "type",
            Set.of("string", "number", "integer", "boolean", "array", "file"),
            "collectionFormat",
            Set.of("csv", "ssv", "tsv", "pipes", "multi")));
    VALUES.put(
        Kind.SCHEMA,
        Map.of(
            "type", Set.of("string", "number", "integer", "boolean", "array", "object", "file")));
  }

  /**
   * Keywords of JSON Schema or OpenAPI 3 that Swagger 2.0 schemas do not have; authors carry them
   * over, and the platform does not support them. SwaggerKeywordNotSupported reports these, so
   * AdditionalPropertyNotAllowed leaves them out.
   */
  static final Set<String> UNSUPPORTED_KEYWORDS =
      Set.of(
          "oneOf",
          "anyOf",
          "not",
          "nullable",
          "const",
          "patternProperties",
          "dependencies",
          "additionalItems",
          "if",
          "then",
          "else",
          "examples",
          "writeOnly",
          "deprecated");
}
