package census.rules.schemas;

import static census.testing.RuleCases.Expected.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.rules.Finding;
import census.rules.operations.TotalOperationsCountExceedsMaxAllowed;
import census.rules.parameters.PropertyMustBeRequired;
import census.rules.parameters.SourcePropertyInternal;
import census.rules.responses.SchemaDefinitionSetIncorrectly;
import census.rules.text.ValueMustBeInEnglish;
import census.testing.ConnectorFixture;
import census.testing.OneLine;
import census.testing.RuleCaseSource;
import census.testing.RuleCases;
import census.testing.RuleTester;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The rules for schema keywords, types, counts and references. */
class SchemaKeywordRulesTest implements RuleCaseSource {
  static final String OP = "/paths/~1tasks~1{taskId}/get";
  static final String NAME = OP + "/responses/200/schema/properties/name";
  static final String PARAM = OP + "/parameters/0";
  static final String RESPONSE = OP + "/responses/200/schema";
  static final String SWAGGER = ConnectorFixture.SWAGGER;

  /** The clean connector with its definition edited. */
  private static ConnectorFixture tasks(Consumer<ObjectNode> edit) {
    return ConnectorFixture.named("Contoso Tasks").swagger(edit);
  }

  /** The response's string property "name". */
  private static ObjectNode name(ObjectNode swagger) {
    return (ObjectNode) swagger.at(NAME);
  }

  /** The path parameter "taskId", a string. */
  private static ObjectNode param(ObjectNode swagger) {
    return (ObjectNode) swagger.at(PARAM);
  }

  /** The response's object schema. */
  private static ObjectNode response(ObjectNode swagger) {
    return (ObjectNode) swagger.at(RESPONSE);
  }

  /** The operation GetTask. */
  private static ObjectNode op(ObjectNode swagger) {
    return (ObjectNode) swagger.at(OP);
  }

  @Override
  public List<RuleCases> ruleCases() {
    return List.of(
        RuleCases.of(MaxItemsMustBeGreaterThanOrEqualToZero.class)
            .valid(
                "maxItems of zero",
                tasks(s -> name(s).put("type", "array").put("maxItems", 0).putObject("items")))
            .invalid(
                "a negative maxItems",
                tasks(s -> name(s).put("type", "array").put("maxItems", -1).putObject("items")),
                at(NAME + "/maxItems", "maxItems is negative: -1")),
        RuleCases.of(MinItemsMustBeGreaterThanOrEqualToZero.class)
            .valid("minItems of zero", tasks(s -> param(s).put("minItems", 0)))
            .invalid(
                "a negative minItems",
                tasks(s -> param(s).put("minItems", -2)),
                at(PARAM + "/minItems", "minItems is negative: -2")),
        RuleCases.of(MinLengthMustBeGreaterThanOrEqualToZero.class)
            .valid("minLength of zero", tasks(s -> name(s).put("minLength", 0)))
            .invalid(
                "a negative minLength",
                tasks(s -> name(s).put("minLength", -1)),
                at(NAME + "/minLength", "minLength is negative: -1")),
        RuleCases.of(MinPropertiesMustBeGreaterThanOrEqualToZero.class)
            .valid("minProperties of zero", tasks(s -> response(s).put("minProperties", 0)))
            .invalid(
                "a negative minProperties",
                tasks(s -> response(s).put("minProperties", -1)),
                at(RESPONSE + "/minProperties", "minProperties is negative: -1")),
        RuleCases.of(ExclusiveMaximumRequiresMaximum.class)
            .valid(
                "exclusiveMaximum beside a maximum",
                tasks(
                    s ->
                        param(s)
                            .put("type", "integer")
                            .put("maximum", 5)
                            .put("exclusiveMaximum", true)))
            .invalid(
                "exclusiveMaximum without a maximum",
                tasks(s -> param(s).put("type", "integer").put("exclusiveMaximum", true)),
                at(PARAM + "/exclusiveMaximum", "exclusiveMaximum without maximum")),
        RuleCases.of(MinimumShouldBeLessThanOrEqualToMaximum.class)
            .valid(
                "a minimum equal to the maximum",
                tasks(s -> name(s).put("type", "number").put("minimum", 2).put("maximum", 2.0)))
            .invalid(
                "a minimum above the maximum",
                tasks(s -> name(s).put("type", "number").put("minimum", 10).put("maximum", 1.5)),
                at(NAME + "/minimum", "minimum 10 is greater than maximum 1.5")),
        RuleCases.of(MultipleOfMustBeGreaterThanZero.class)
            .valid("a fractional multipleOf", tasks(s -> name(s).put("multipleOf", 0.01)))
            .invalid(
                "multipleOf zero",
                tasks(s -> name(s).put("type", "number").put("multipleOf", 0)),
                at(NAME + "/multipleOf", "multipleOf is not above zero: 0")),
        RuleCases.of(PatternShouldBeValidRegularExpression.class)
            .valid(
                "a pattern with classes and counts",
                tasks(s -> param(s).put("pattern", "^\\d{3}-[a-z]+$")))
            .invalid(
                "an unclosed character class",
                tasks(s -> param(s).put("pattern", "^[a-z+$")),
                at(PARAM + "/pattern", "pattern does not compile: Unclosed character class")),
        RuleCases.of(RequiredPropertyArrayEmpty.class)
            .valid(
                "a required array naming a property",
                tasks(s -> response(s).putArray("required").add("name")))
            .invalid(
                "an empty required array",
                tasks(s -> response(s).putArray("required")),
                at(RESPONSE + "/required", "empty required array")),
        RuleCases.of(RequiredPropertyNotOnObject.class)
            .valid(
                "required on a schema with properties but no type",
                tasks(
                    s -> {
                      response(s).remove("type");
                      response(s).putArray("required").add("name");
                    }))
            .valid(
                "required on an object", tasks(s -> response(s).putArray("required").add("name")))
            .invalid(
                "required on a string",
                tasks(s -> name(s).putArray("required").add("first")),
                at(NAME + "/required", "required on a schema of type string")),
        RuleCases.of(DefaultValueMustMatchType.class)
            .valid(
                "an integer default written 10.0",
                tasks(s -> param(s).put("type", "integer").put("default", 10.0)))
            .valid(
                "a number default written 1",
                tasks(s -> name(s).put("type", "number").put("default", 1)))
            .invalid(
                "a string default of an integer",
                tasks(s -> param(s).put("type", "integer").put("default", "10")),
                at(PARAM + "/default", "default \"10\" is a string, not of type integer"))
            .output(
                SWAGGER,
                "-                        \"default\" : \"10\"",
                "+                        \"default\" : 10")
            .invalid(
                "string defaults of a boolean and a number, on one line",
                OneLine.at(
                    tasks(
                        s -> {
                          param(s).put("type", "boolean").put("default", "true");
                          name(s).put("type", "number").put("default", "-2.5e3");
                        }),
                    SWAGGER,
                    PARAM),
                at(NAME + "/default", "default \"-2.5e3\" is a string, not of type number"),
                at(PARAM + "/default", "default \"true\" is a string, not of type boolean"))
            .output(
                SWAGGER,
                "-                    {\"name\":\"taskId\",\"in\":\"path\",\"required\":true,\"type\":\"boolean\",\"x-ms-summary\":\"Task ID\",\"description\":\"The identifier of the task.\",\"x-ms-url-encoding\":\"single\",\"default\":\"true\"}",
                "+                    {\"name\":\"taskId\",\"in\":\"path\",\"required\":true,\"type\":\"boolean\",\"x-ms-summary\":\"Task ID\",\"description\":\"The identifier of the task.\",\"x-ms-url-encoding\":\"single\",\"default\":true}",
                "-                                    \"default\" : \"-2.5e3\"",
                "+                                    \"default\" : -2.5e3")
            .invalid(
                "strings that are no exact value of the type: no fix",
                tasks(
                    s -> {
                      param(s).put("type", "integer").put("default", "010");
                      name(s).put("type", "boolean").put("default", "True");
                    }),
                at(NAME + "/default", "default \"True\" is a string, not of type boolean"),
                at(PARAM + "/default", "default \"010\" is a string, not of type integer")),
        RuleCases.of(InvalidEnumValue.class)
            .valid("null among strings", tasks(s -> name(s).putArray("enum").add("open").addNull()))
            .invalid(
                "a number among strings",
                tasks(s -> name(s).putArray("enum").add("open").add(1)),
                at(NAME + "/enum/1", "enum value 1 is an integer, not of type string"))
            .invalid(
                "strings of a boolean, named by x-ms-enum-values",
                tasks(
                    s -> {
                      param(s).put("type", "boolean").putArray("enum").add("true").add("false");
                      param(s)
                          .putArray("x-ms-enum-values")
                          .addObject()
                          .put("value", "true")
                          .put("displayName", "Yes");
                      param(s)
                          .withArray("x-ms-enum-values")
                          .addObject()
                          .put("value", "false")
                          .put("displayName", "No");
                    }),
                at(PARAM + "/enum/0", "enum value \"true\" is a string, not of type boolean"),
                at(PARAM + "/enum/1", "enum value \"false\" is a string, not of type boolean"))
            .output(
                SWAGGER,
                "-                            \"true\",",
                "-                            \"false\"",
                "+                            true,",
                "+                            false",
                "-                                \"value\" : \"true\",",
                "+                                \"value\" : true,",
                "-                                \"value\" : \"false\",",
                "+                                \"value\" : false,")
            .invalid(
                "strings of an integer, on one line",
                OneLine.at(
                    tasks(s -> name(s).put("type", "integer").putArray("enum").add("1").add("20")),
                    SWAGGER,
                    NAME + "/enum"),
                at(NAME + "/enum/0", "enum value \"1\" is a string, not of type integer"),
                at(NAME + "/enum/1", "enum value \"20\" is a string, not of type integer"))
            .output(
                SWAGGER,
                "-                                    \"enum\" : [\"1\",\"20\"]",
                "+                                    \"enum\" : [1,20]")
            .invalid(
                "1 for true, and a string not exactly a number: no fix",
                tasks(
                    s -> {
                      param(s).put("type", "boolean").putArray("enum").add(1);
                      name(s).put("type", "number").putArray("enum").add("1,5");
                    }),
                at(NAME + "/enum/0", "enum value \"1,5\" is a string, not of type number"),
                at(PARAM + "/enum/0", "enum value 1 is an integer, not of type boolean")),
        RuleCases.of(UnrecognizedTypeFormat.class)
            .valid("the format date-no-tz", tasks(s -> param(s).put("format", "date-no-tz")))
            .invalid(
                "the format guid",
                tasks(s -> param(s).put("format", "guid")),
                at(PARAM + "/format", "the type/format 'string/guid' is not recognized")),
        RuleCases.of(InvalidStringBinaryProperty.class)
            .valid(
                "a binary response body",
                tasks(s -> response(s).put("type", "string").put("format", "binary")))
            .valid(
                "a binary formData parameter",
                tasks(s -> param(s).put("in", "formData").put("format", "binary")))
            .invalid(
                "a binary property",
                tasks(s -> name(s).put("format", "binary")),
                at(NAME, "string/binary below the top of a body or response schema"))
            .invalid(
                "a binary path parameter",
                tasks(s -> param(s).put("format", "binary")),
                at(PARAM, "string/binary in a path parameter")),
        RuleCases.of(SchemaTypeFileNotValid.class)
            .valid(
                "a file response",
                tasks(
                    s ->
                        ((ObjectNode) s.at(OP + "/responses/200"))
                            .putObject("schema")
                            .put("type", "file")))
            .invalid(
                "a file property",
                tasks(s -> name(s).put("type", "file")),
                at(NAME, "type file below the top of a response schema")),
        RuleCases.of(SwaggerKeywordNotSupported.class)
            .valid("uniqueItems false", tasks(s -> param(s).put("uniqueItems", false)))
            .invalid(
                "nullable, of OpenAPI 3",
                tasks(s -> name(s).put("nullable", true)),
                at(NAME + "/nullable", "nullable is not a Swagger 2.0 schema keyword"))
            .invalid(
                "uniqueItems true",
                tasks(s -> param(s).put("uniqueItems", true)),
                at(PARAM + "/uniqueItems", "uniqueItems is not supported"))
            .output(
                SWAGGER,
                "-                        \"x-ms-url-encoding\" : \"single\",",
                "-                        \"uniqueItems\" : true",
                "+                        \"x-ms-url-encoding\" : \"single\"")
            .invalid(
                "uniqueItems true, on one line",
                OneLine.at(tasks(s -> param(s).put("uniqueItems", true)), SWAGGER, PARAM),
                at(PARAM + "/uniqueItems", "uniqueItems is not supported"))
            .output(
                SWAGGER,
                "-                    {\"name\":\"taskId\",\"in\":\"path\",\"required\":true,\"type\":\"string\",\"x-ms-summary\":\"Task ID\",\"description\":\"The identifier of the task.\",\"x-ms-url-encoding\":\"single\",\"uniqueItems\":true}",
                "+                    {\"name\":\"taskId\",\"in\":\"path\",\"required\":true,\"type\":\"string\",\"x-ms-summary\":\"Task ID\",\"description\":\"The identifier of the task.\",\"x-ms-url-encoding\":\"single\"}"),
        RuleCases.of(JsonTypeIncorrect.class)
            .valid("maxLength written 10.0", tasks(s -> name(s).put("maxLength", 10.0)))
            .invalid(
                "a parameter's required as a string",
                tasks(s -> param(s).put("required", "true")),
                at(PARAM + "/required", "required is a string, expected a boolean"))
            .invalid(
                "a schema's required as a boolean",
                tasks(s -> name(s).put("required", true)),
                at(NAME + "/required", "required is a boolean, expected an array")),
        RuleCases.of(JsonValueNotInEnum.class)
            .valid(
                "collectionFormat multi",
                tasks(s -> param(s).put("type", "array").put("collectionFormat", "multi")))
            .invalid(
                "in spelled Path",
                tasks(s -> param(s).put("in", "Path")),
                at(PARAM + "/in", "in \"Path\" is not one of body, formData, header, path, query"))
            .invalid(
                "type spelled String",
                tasks(s -> name(s).put("type", "String")),
                at(
                    NAME + "/type",
                    "type \"String\" is not one of array, boolean, file, integer, number, object, string")),
        RuleCases.of(AdditionalPropertyNotAllowed.class)
            .valid("an x-ms extension", tasks(s -> param(s).put("x-ms-visibility", "advanced")))
            .invalid(
                "a misspelt description",
                tasks(s -> op(s).put("descripton", "Gets one task.")),
                at(OP + "/descripton", "\"descripton\" is not a field of an operation"))
            .invalid(
                "readOnly on a parameter",
                tasks(s -> param(s).put("readOnly", true)),
                at(PARAM + "/readOnly", "\"readOnly\" is not a field of a parameter")),
        RuleCases.of(JsonPointerNotValid.class)
            .valid(
                "a slash in a name escaped as ~1",
                tasks(
                    s -> {
                      s.withObject("definitions").putObject("a/b").put("type", "string");
                      name(s).removeAll().put("$ref", "#/definitions/a~1b");
                    }))
            .invalid(
                "a fragment without its slash",
                tasks(s -> name(s).removeAll().put("$ref", "#definitions/Item")),
                at(
                    NAME + "/$ref",
                    "the pointer \"definitions/Item\" of $ref #definitions/Item does not start with /"))
            .invalid(
                "the escape ~2",
                tasks(s -> name(s).removeAll().put("$ref", "#/definitions/a~2b")),
                at(
                    NAME + "/$ref",
                    "$ref #/definitions/a~2b holds ~ outside the escapes ~0 and ~1")),
        RuleCases.of(SchemaRefLoopNotAllowed.class)
            .valid(
                "a property that refers to a definition",
                tasks(
                    s -> {
                      item(s);
                      name(s).removeAll().put("$ref", "#/definitions/Item");
                    }))
            .invalid(
                "a definition that is only a $ref",
                tasks(
                    s -> {
                      item(s);
                      s.withObject("definitions")
                          .putObject("Alias")
                          .put("$ref", "#/definitions/Item");
                    }),
                at("/definitions/Alias/$ref", "definition Alias is only a $ref to Item"))
            .invalid(
                "two aliases of each other",
                tasks(
                    s -> {
                      s.withObject("definitions").putObject("A").put("$ref", "#/definitions/B");
                      s.withObject("definitions").putObject("B").put("$ref", "#/definitions/A");
                    }),
                at("/definitions/A/$ref", "definition A is part of a loop of $refs"),
                at("/definitions/B/$ref", "definition B is part of a loop of $refs")),
        RuleCases.of(AdditionalPropertyNotAllowedAdjacentToRef.class)
            .valid(
                "an x- extension next to $ref",
                tasks(
                    s -> {
                      item(s);
                      name(s)
                          .removeAll()
                          .put("$ref", "#/definitions/Item")
                          .put("x-ms-summary", "Item");
                    }))
            .invalid(
                "a description next to $ref",
                tasks(
                    s -> {
                      item(s);
                      name(s)
                          .removeAll()
                          .put("$ref", "#/definitions/Item")
                          .put("description", "An item.");
                    }),
                at(NAME + "/description", "\"description\" next to $ref is ignored")),
        RuleCases.of(DiscriminatorMustBeARequiredStringProperty.class)
            .valid(
                "a required string discriminator",
                tasks(
                    s -> {
                      ObjectNode item = item(s).put("discriminator", "kind");
                      item.withObject("properties").putObject("kind").put("type", "string");
                      item.putArray("required").add("kind");
                    }))
            .invalid(
                "an optional discriminator",
                tasks(
                    s ->
                        item(s)
                            .put("discriminator", "kind")
                            .withObject("properties")
                            .putObject("kind")
                            .put("type", "string")),
                at("/definitions/Item/discriminator", "discriminator kind is not required")),
        RuleCases.of(RequiredLoopInSchemaNotAllowed.class)
            .valid(
                "a loop through an optional property",
                tasks(
                    s -> {
                      requires(s, "A", "b", "B");
                      s.withObject("definitions")
                          .putObject("B")
                          .put("type", "object")
                          .putObject("properties")
                          .putObject("a")
                          .put("$ref", "#/definitions/A");
                    }))
            .invalid(
                "two definitions that require each other",
                tasks(
                    s -> {
                      requires(s, "A", "b", "B");
                      requires(s, "B", "a", "A");
                    }),
                at("/definitions/A/properties/b/$ref", "A requires B, which requires it back"),
                at("/definitions/B/properties/a/$ref", "B requires A, which requires it back")),
        RuleCases.of(SchemaTooDeep.class)
            .valid("a schema at the limit", tasks(s -> deep(s, SchemaTooDeep.LIMIT - 1)))
            .invalid(
                "a schema beyond the limit",
                tasks(s -> deep(s, SchemaTooDeep.LIMIT)),
                at(RESPONSE, "schema nests 21 levels deep, more than 20")),
        RuleCases.of(BodySchemaCountExceedsMaxAllowed.class)
            .valid(
                "a body at the limit",
                tasks(
                    s -> {
                      wide(s, BodySchemaCountExceedsMaxAllowed.LIMIT - 1);
                      bodyParam(s).putObject("schema").put("$ref", "#/definitions/Wide");
                    }))
            .invalid(
                "a body beyond the limit",
                tasks(
                    s -> {
                      wide(s, BodySchemaCountExceedsMaxAllowed.LIMIT);
                      bodyParam(s).putObject("schema").put("$ref", "#/definitions/Wide");
                    }),
                at(OP + "/parameters/1/schema", "body schema holds 1001 schemas, more than 1000")),
        RuleCases.of(OperationSchemaCountExceedsMaxAllowed.class)
            .valid(
                "an operation just under the limit",
                tasks(s -> wideOperation(s, OperationSchemaCountExceedsMaxAllowed.LIMIT / 2 - 2)))
            .invalid(
                "an operation beyond the limit",
                tasks(s -> wideOperation(s, OperationSchemaCountExceedsMaxAllowed.LIMIT / 2)),
                at(OP, "operation holds 1503 schemas, more than 1500")),
        RuleCases.of(TotalSchemaCountExceedsMaxAllowed.class)
            .valid(
                "a definition at the limit",
                tasks(s -> wide(s, TotalSchemaCountExceedsMaxAllowed.LIMIT - 3)))
            .invalid(
                "a definition beyond the limit",
                tasks(s -> wide(s, TotalSchemaCountExceedsMaxAllowed.LIMIT)),
                at("", "the definition holds 12003 schemas, more than 12000")),
        RuleCases.of(TotalOperationsCountExceedsMaxAllowed.class)
            .valid("400 operations", tasks(s -> operations(s, 399)))
            .invalid(
                "401 operations",
                tasks(s -> operations(s, 400)),
                at("/paths", "the definition holds 401 operations, more than 400")),
        RuleCases.of(PropertyMustBeRequired.class)
            .valid(
                "an internal required parameter with a default",
                tasks(s -> internalParam(s, "mode").put("required", true)))
            .invalid(
                "an internal optional parameter with a default",
                tasks(s -> internalParam(s, "mode")),
                at(
                    OP + "/parameters/1",
                    "internal parameter \"mode\" has a default but is not required")),
        RuleCases.of(SourcePropertyInternal.class)
            .valid(
                "a static value beside an internal parameter",
                tasks(
                    s -> {
                      internalParam(s, "kind").put("required", true);
                      dynamicValues(param(s)).putObject("kind").put("value", "all");
                    }))
            .invalid(
                "a value read from an internal parameter",
                tasks(
                    s -> {
                      internalParam(s, "kind").put("required", true);
                      dynamicValues(param(s)).putObject("kind").put("parameter", "kind");
                    }),
                at(
                    PARAM + "/x-ms-dynamic-values/parameters/kind/parameter",
                    "x-ms-dynamic-values of \"taskId\" reads internal parameter \"kind\"")),
        RuleCases.of(InternalPropertyWithDefaultOptional.class)
            .valid(
                "an internal required property with a default",
                tasks(s -> internalBodyProperty(s).putArray("required").add("mode")))
            .invalid(
                "an internal optional property with a default",
                tasks(s -> internalBodyProperty(s)),
                at(
                    OP + "/parameters/1/schema/properties/mode",
                    "internal property \"mode\" has a default but is not required")),
        RuleCases.of(RequiredReadOnlyPropertyNotAllowedAsInput.class)
            .valid(
                "a required readOnly property in a response",
                tasks(
                    s -> {
                      readOnlyRequiredItem(s);
                      name(s).removeAll().put("$ref", "#/definitions/Item");
                    }))
            .invalid(
                "a required readOnly property in a body",
                tasks(
                    s -> {
                      readOnlyRequiredItem(s);
                      bodyParam(s).putObject("schema").put("$ref", "#/definitions/Item");
                    }),
                at(
                    "/definitions/Item/properties/name",
                    "property \"name\" of a request is required and readOnly")),
        RuleCases.of(SchemaDefinitionSetIncorrectly.class)
            .valid(
                "a polling trigger with a response schema",
                tasks(s -> op(s).put("x-ms-trigger", "single")))
            .invalid(
                "a polling trigger without a response schema",
                tasks(
                    s -> {
                      op(s).put("x-ms-trigger", "single");
                      ((ObjectNode) s.at(OP + "/responses/200")).remove("schema");
                    }),
                at(OP + "/responses", "trigger without a schema on a 200 or 201 response"))
            .invalid(
                "notification content without a schema",
                tasks(
                    s ->
                        op(s)
                            .put("x-ms-trigger", "single")
                            .putObject("x-ms-notification-content")
                            .put("description", "A task.")),
                at(
                    OP + "/x-ms-notification-content",
                    "webhook trigger without a schema in x-ms-notification-content")),
        RuleCases.of(OneOfPropertiesRequired.class)
            .valid(
                "a capability instead of an operationId",
                tasks(
                    s ->
                        param(s)
                            .putObject("x-ms-dynamic-values")
                            .put("capability", "file-picker")
                            .put("value-path", "id")))
            .invalid(
                "dynamic values without a source",
                tasks(s -> param(s).putObject("x-ms-dynamic-values").put("value-path", "id")),
                at(
                    PARAM + "/x-ms-dynamic-values",
                    "x-ms-dynamic-values needs one of [operationId, builtInOperation, capability]"))
            .invalid(
                "a parameter without parameter, parameterReference or value",
                tasks(
                    s -> dynamicValues(param(s)).putObject("kind").put("description", "The kind.")),
                at(
                    PARAM + "/x-ms-dynamic-values/parameters/kind",
                    "parameter \"kind\" needs one of [parameter, parameterReference, value]")),
        RuleCases.of(ValueMustBeInEnglish.class)
            .valid(
                "an English summary naming a place",
                tasks(s -> op(s).put("summary", "Get a task from the São Paulo office")))
            .invalid(
                "a Spanish summary",
                tasks(
                    s ->
                        op(s)
                            .put(
                                "summary",
                                "Obtener una tarea por su identificador para el usuario")),
                at(OP + "/summary", "summary is not in English: 5 words of another language"))
            .invalid(
                "a Russian description",
                tasks(s -> op(s).put("description", "Получает одну задачу по идентификатору.")),
                at(
                    OP + "/description",
                    "description is not in English: most letters are cyrillic")));
  }

  /** {@code levels} objects nested in the response schema, each the only property of the last. */
  private static void deep(ObjectNode swagger, int levels) {
    ObjectNode deep = response(swagger);
    for (int i = 0; i < levels; i++) {
      deep = deep.withObject("properties").putObject("p").put("type", "object");
    }
  }

  /** A body and a response of a definition "Wide" with {@code size} properties. */
  private static void wideOperation(ObjectNode swagger, int size) {
    wide(swagger, size);
    bodyParam(swagger).putObject("schema").put("$ref", "#/definitions/Wide");
    ((ObjectNode) swagger.at(OP + "/responses/200"))
        .putObject("schema")
        .put("$ref", "#/definitions/Wide");
  }

  /** {@code count} operations added beside GetTask. */
  private static void operations(ObjectNode swagger, int count) {
    for (int i = 0; i < count; i++) {
      swagger
          .withObject("paths")
          .putObject("/items" + i)
          .putObject("get")
          .put("operationId", "Get" + i);
    }
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

  @Test
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
}
