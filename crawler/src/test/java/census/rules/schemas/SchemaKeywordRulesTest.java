package census.rules.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.rules.Finding;
import census.rules.Rule;
import census.testing.ConnectorFixture;
import census.testing.RuleTester;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules for schema keywords, types, counts and references: each quiet on the clean fixture, and
 * firing at the expected pointer on a fixture edited to break it.
 */
class SchemaKeywordRulesTest {
  static final String OP = "/paths/~1tasks~1{taskId}/get";
  static final String NAME = OP + "/responses/200/schema/properties/name";
  static final String PARAM = OP + "/parameters/0";

  /** The response's string property "name". */
  private static ObjectNode name(ObjectNode swagger) {
    return (ObjectNode) swagger.at(NAME);
  }

  /** The path parameter "taskId", a string. */
  private static ObjectNode param(ObjectNode swagger) {
    return (ObjectNode) swagger.at(PARAM);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        c(
            MaxItemsMustBeGreaterThanOrEqualToZero.class,
            s -> name(s).put("type", "array").put("maxItems", -1).putObject("items"),
            NAME + "/maxItems"),
        c(
            MinItemsMustBeGreaterThanOrEqualToZero.class,
            s -> param(s).put("minItems", -2),
            PARAM + "/minItems"),
        c(
            MinLengthMustBeGreaterThanOrEqualToZero.class,
            s -> name(s).put("minLength", -1),
            NAME + "/minLength"),
        c(
            MinPropertiesMustBeGreaterThanOrEqualToZero.class,
            s -> ((ObjectNode) s.at(OP + "/responses/200/schema")).put("minProperties", -1),
            OP + "/responses/200/schema/minProperties"),
        c(
            ExclusiveMaximumRequiresMaximum.class,
            s -> param(s).put("type", "integer").put("exclusiveMaximum", true),
            PARAM + "/exclusiveMaximum"),
        c(
            MinimumShouldBeLessThanOrEqualToMaximum.class,
            s -> name(s).put("type", "number").put("minimum", 10).put("maximum", 1.5),
            NAME + "/minimum"),
        c(
            MultipleOfMustBeGreaterThanZero.class,
            s -> name(s).put("type", "number").put("multipleOf", 0),
            NAME + "/multipleOf"),
        c(
            PatternShouldBeValidRegularExpression.class,
            s -> param(s).put("pattern", "^[a-z+$"),
            PARAM + "/pattern"),
        c(
            RequiredPropertyArrayEmpty.class,
            s -> ((ObjectNode) s.at(OP + "/responses/200/schema")).putArray("required"),
            OP + "/responses/200/schema/required"),
        c(
            RequiredPropertyNotOnObject.class,
            s -> name(s).putArray("required").add("first"),
            NAME + "/required"),
        c(
            DefaultValueMustMatchType.class,
            s -> param(s).put("type", "integer").put("default", "10"),
            PARAM + "/default"),
        c(
            InvalidEnumValue.class,
            s -> name(s).putArray("enum").add("open").add(1),
            NAME + "/enum/1"),
        c(UnrecognizedTypeFormat.class, s -> param(s).put("format", "guid"), PARAM + "/format"),
        c(InvalidStringBinaryProperty.class, s -> name(s).put("format", "binary"), NAME),
        c(InvalidStringBinaryProperty.class, s -> param(s).put("format", "binary"), PARAM),
        c(SchemaTypeFileNotValid.class, s -> name(s).put("type", "file"), NAME),
        c(SwaggerKeywordNotSupported.class, s -> name(s).put("nullable", true), NAME + "/nullable"),
        c(
            SwaggerKeywordNotSupported.class,
            s -> param(s).put("uniqueItems", true),
            PARAM + "/uniqueItems"),
        c(JsonTypeIncorrect.class, s -> param(s).put("required", "true"), PARAM + "/required"),
        c(JsonTypeIncorrect.class, s -> name(s).put("required", true), NAME + "/required"),
        c(JsonValueNotInEnum.class, s -> param(s).put("in", "Path"), PARAM + "/in"),
        c(JsonValueNotInEnum.class, s -> name(s).put("type", "String"), NAME + "/type"),
        c(
            AdditionalPropertyNotAllowed.class,
            s -> ((ObjectNode) s.at(OP)).put("descripton", "Gets one task."),
            OP + "/descripton"),
        c(
            AdditionalPropertyNotAllowed.class,
            s -> param(s).put("readOnly", true),
            PARAM + "/readOnly"),
        c(
            JsonPointerNotValid.class,
            s -> name(s).removeAll().put("$ref", "#definitions/Item"),
            NAME + "/$ref"),
        c(
            JsonPointerNotValid.class,
            s -> name(s).removeAll().put("$ref", "#/definitions/a~2b"),
            NAME + "/$ref"),
        c(
            SchemaRefLoopNotAllowed.class,
            s -> {
              item(s);
              s.withObject("definitions").putObject("Alias").put("$ref", "#/definitions/Item");
            },
            "/definitions/Alias/$ref"),
        c(
            SchemaRefLoopNotAllowed.class,
            s -> {
              s.withObject("definitions").putObject("A").put("$ref", "#/definitions/B");
              s.withObject("definitions").putObject("B").put("$ref", "#/definitions/A");
            },
            "/definitions/B/$ref"),
        c(
            AdditionalPropertyNotAllowedAdjacentToRef.class,
            s -> {
              item(s);
              name(s).removeAll().put("$ref", "#/definitions/Item").put("description", "An item.");
            },
            NAME + "/description"),
        c(
            DiscriminatorMustBeARequiredStringProperty.class,
            s ->
                item(s)
                    .put("discriminator", "kind")
                    .withObject("properties")
                    .putObject("kind")
                    .put("type", "string"),
            "/definitions/Item/discriminator"),
        c(
            RequiredLoopInSchemaNotAllowed.class,
            s -> {
              requires(s, "A", "b", "B");
              requires(s, "B", "a", "A");
            },
            "/definitions/A/properties/b/$ref"),
        c(
            SchemaTooDeep.class,
            s -> {
              ObjectNode deep = (ObjectNode) s.at(OP + "/responses/200/schema");
              for (int i = 0; i < SchemaTooDeep.LIMIT; i++) {
                deep = deep.withObject("properties").putObject("p").put("type", "object");
              }
            },
            OP + "/responses/200/schema"),
        c(
            BodySchemaCountExceedsMaxAllowed.class,
            s -> {
              wide(s, BodySchemaCountExceedsMaxAllowed.LIMIT);
              bodyParam(s).putObject("schema").put("$ref", "#/definitions/Wide");
            },
            OP + "/parameters/1/schema"),
        c(
            OperationSchemaCountExceedsMaxAllowed.class,
            s -> {
              wide(s, OperationSchemaCountExceedsMaxAllowed.LIMIT / 2);
              bodyParam(s).putObject("schema").put("$ref", "#/definitions/Wide");
              ((ObjectNode) s.at(OP + "/responses/200"))
                  .putObject("schema")
                  .put("$ref", "#/definitions/Wide");
            },
            OP),
        c(
            TotalSchemaCountExceedsMaxAllowed.class,
            s -> wide(s, TotalSchemaCountExceedsMaxAllowed.LIMIT),
            ""),
        c(
            census.rules.operations.TotalOperationsCountExceedsMaxAllowed.class,
            s -> {
              for (int i = 0; i < 400; i++) {
                s.withObject("paths")
                    .putObject("/items" + i)
                    .putObject("get")
                    .put("operationId", "Get" + i);
              }
            },
            "/paths"),
        c(
            census.rules.parameters.PropertyMustBeRequired.class,
            s -> internalParam(s, "mode"),
            OP + "/parameters/1"),
        c(
            census.rules.parameters.SourcePropertyInternal.class,
            s -> {
              internalParam(s, "kind").put("required", true);
              dynamicValues(param(s)).putObject("kind").put("parameter", "kind");
            },
            PARAM + "/x-ms-dynamic-values/parameters/kind/parameter"),
        c(
            InternalPropertyWithDefaultOptional.class,
            s -> internalBodyProperty(s),
            OP + "/parameters/1/schema/properties/mode"),
        c(
            RequiredReadOnlyPropertyNotAllowedAsInput.class,
            s -> {
              readOnlyRequiredItem(s);
              bodyParam(s).putObject("schema").put("$ref", "#/definitions/Item");
            },
            "/definitions/Item/properties/name"),
        c(
            census.rules.responses.SchemaDefinitionSetIncorrectly.class,
            s -> {
              ((ObjectNode) s.at(OP)).put("x-ms-trigger", "single");
              ((ObjectNode) s.at(OP + "/responses/200")).remove("schema");
            },
            OP + "/responses"),
        c(
            census.rules.responses.SchemaDefinitionSetIncorrectly.class,
            s ->
                ((ObjectNode) s.at(OP))
                    .put("x-ms-trigger", "single")
                    .putObject("x-ms-notification-content")
                    .put("description", "A task."),
            OP + "/x-ms-notification-content"),
        c(
            OneOfPropertiesRequired.class,
            s -> param(s).putObject("x-ms-dynamic-values").put("value-path", "id"),
            PARAM + "/x-ms-dynamic-values"),
        c(
            OneOfPropertiesRequired.class,
            s -> dynamicValues(param(s)).putObject("kind").put("description", "The kind."),
            PARAM + "/x-ms-dynamic-values/parameters/kind"),
        c(
            census.rules.text.ValueMustBeInEnglish.class,
            s ->
                ((ObjectNode) s.at(OP))
                    .put("summary", "Obtener una tarea por su identificador para el usuario"),
            OP + "/summary"),
        c(
            census.rules.text.ValueMustBeInEnglish.class,
            s ->
                ((ObjectNode) s.at(OP))
                    .put("description", "Получает одну задачу по идентификатору."),
            OP + "/description"));
  }

  /** An internal, optional query parameter with a default, added to the operation. */
  private static ObjectNode internalParam(ObjectNode swagger, String name) {
    return ((ObjectNode) swagger.at(OP))
        .withArray("parameters")
        .addObject()
        .put("name", name)
        .put("in", "query")
        .put("type", "string")
        .put("default", "all")
        .put("x-ms-visibility", "internal");
  }

  /** The parameters of an x-ms-dynamic-values added to {@code param}. */
  private static ObjectNode dynamicValues(ObjectNode param) {
    return param
        .putObject("x-ms-dynamic-values")
        .put("operationId", "ListKinds")
        .put("value-path", "id")
        .putObject("parameters");
  }

  /** A body parameter whose property "mode" is internal, optional and has a default. */
  private static ObjectNode internalBodyProperty(ObjectNode swagger) {
    ObjectNode schema = bodyParam(swagger).putObject("schema").put("type", "object");
    schema
        .putObject("properties")
        .putObject("mode")
        .put("type", "string")
        .put("default", "fast")
        .put("x-ms-visibility", "internal");
    return schema;
  }

  /** A definition "Item" whose property "name" is required and readOnly. */
  private static void readOnlyRequiredItem(ObjectNode swagger) {
    ObjectNode item = item(swagger);
    ((ObjectNode) item.at("/properties/name")).put("readOnly", true);
    item.putArray("required").add("name");
  }

  /** A definition "Item": an object with a string property "name". */
  private static ObjectNode item(ObjectNode swagger) {
    ObjectNode item = swagger.withObject("definitions").putObject("Item").put("type", "object");
    item.putObject("properties").putObject("name").put("type", "string");
    return item;
  }

  /** A definition {@code from} whose required property {@code property} is a {@code to}. */
  private static void requires(ObjectNode swagger, String from, String property, String to) {
    ObjectNode def = swagger.withObject("definitions").putObject(from).put("type", "object");
    def.putObject("properties").putObject(property).put("$ref", "#/definitions/" + to);
    def.putArray("required").add(property);
  }

  /** A definition "Wide" with {@code size} string properties. */
  private static ObjectNode wide(ObjectNode swagger, int size) {
    ObjectNode props =
        swagger
            .withObject("definitions")
            .putObject("Wide")
            .put("type", "object")
            .putObject("properties");
    for (int i = 0; i < size; i++) {
      props.putObject("p" + i).put("type", "string");
    }
    return props;
  }

  /** A body parameter added to the operation, without a schema yet. */
  private static ObjectNode bodyParam(ObjectNode swagger) {
    return ((ObjectNode) swagger.at(OP))
        .withArray("parameters")
        .addObject()
        .put("name", "body")
        .put("in", "body");
  }

  /** Edits that come close to breaking a rule and do not. */
  static Stream<Arguments> nearMisses() {
    return Stream.of(
        q(
            ExclusiveMaximumRequiresMaximum.class,
            s -> param(s).put("type", "integer").put("maximum", 5).put("exclusiveMaximum", true)),
        q(
            MinimumShouldBeLessThanOrEqualToMaximum.class,
            s -> name(s).put("type", "number").put("minimum", 2).put("maximum", 2.0)),
        q(MinLengthMustBeGreaterThanOrEqualToZero.class, s -> name(s).put("minLength", 0)),
        q(MultipleOfMustBeGreaterThanZero.class, s -> name(s).put("multipleOf", 0.01)),
        q(
            PatternShouldBeValidRegularExpression.class,
            s -> param(s).put("pattern", "^\\d{3}-[a-z]+$")),
        q(
            RequiredPropertyNotOnObject.class,
            s -> ((ObjectNode) s.at(OP + "/responses/200/schema")).remove("type")),
        q(
            RequiredPropertyNotOnObject.class,
            s ->
                ((ObjectNode) s.at(OP + "/responses/200/schema")).putArray("required").add("name")),
        q(
            DefaultValueMustMatchType.class,
            s -> param(s).put("type", "integer").put("default", 10.0)),
        q(DefaultValueMustMatchType.class, s -> name(s).put("type", "number").put("default", 1)),
        q(InvalidEnumValue.class, s -> name(s).putArray("enum").add("open").addNull()),
        q(UnrecognizedTypeFormat.class, s -> param(s).put("format", "date-no-tz")),
        q(
            InvalidStringBinaryProperty.class,
            s ->
                ((ObjectNode) s.at(OP + "/responses/200/schema"))
                    .put("type", "string")
                    .put("format", "binary")),
        q(
            InvalidStringBinaryProperty.class,
            s -> param(s).put("in", "formData").put("format", "binary")),
        q(
            SchemaTypeFileNotValid.class,
            s ->
                ((ObjectNode) s.at(OP + "/responses/200")).putObject("schema").put("type", "file")),
        q(SwaggerKeywordNotSupported.class, s -> param(s).put("uniqueItems", false)),
        q(AdditionalPropertyNotAllowed.class, s -> param(s).put("x-ms-visibility", "advanced")),
        q(JsonTypeIncorrect.class, s -> name(s).put("maxLength", 10.0)),
        q(
            JsonValueNotInEnum.class,
            s -> param(s).put("type", "array").put("collectionFormat", "multi")));
  }

  private static Arguments q(Class<? extends Rule> rule, Consumer<ObjectNode> edit) {
    return Arguments.of(rule.getSimpleName(), rule, edit);
  }

  private static Arguments c(
      Class<? extends Rule> rule, Consumer<ObjectNode> breakIt, String pointer) {
    return Arguments.of(rule.getSimpleName(), rule, breakIt, pointer);
  }

  @org.junit.jupiter.api.Test
  void aChainOfThousandsOfDefinitionsIsMeasuredWithoutExhaustingTheStack() {
    ConnectorFixture chain =
        ConnectorFixture.named("Contoso Tasks")
            .swagger(
                s -> {
                  ObjectNode defs = s.withObject("definitions");
                  for (int i = 0; i < 20_000; i++) {
                    defs.putObject("D" + i)
                        .put("type", "object")
                        .putObject("properties")
                        .putObject("next")
                        .put("$ref", "#/definitions/D" + (i + 1));
                  }
                  ((ObjectNode) s.at(OP + "/responses/200"))
                      .putObject("schema")
                      .put("$ref", "#/definitions/D0");
                });
    List<Finding> found = RuleTester.check(SchemaTooDeep.class, chain);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).message().startsWith("schema nests "), found.get(0).message());
    assertEquals(OP + "/responses/200/schema", found.get(0).jsonPointer());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nearMisses")
  void quietWhereTheEditIsAllowed(
      String name, Class<? extends Rule> rule, Consumer<ObjectNode> edit) {
    assertEquals(
        List.of(), RuleTester.check(rule, ConnectorFixture.named("Contoso Tasks").swagger(edit)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void quietOnTheCleanFixtureAndFiresWhereItBreaks(
      String name, Class<? extends Rule> rule, Consumer<ObjectNode> breakIt, String pointer) {
    RuleTester.assertQuietThenFiresAt(
        rule, () -> ConnectorFixture.named("Contoso Tasks"), breakIt, pointer);
  }
}
