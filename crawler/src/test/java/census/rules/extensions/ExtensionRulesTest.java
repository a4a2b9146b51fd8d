package census.rules.extensions;

import static org.junit.jupiter.api.Assertions.assertTrue;

import census.rules.Rule;
import census.testing.ConnectorFixture;
import census.testing.RuleTester;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each x-ms extension rule: quiet on a fixture that uses every extension correctly (dynamic values,
 * list, schema, properties, tree, enum values, dictionary editor, filter functions, a webhook
 * trigger), and firing at the expected pointer on that fixture edited to break it.
 */
class ExtensionRulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final String GET = "/paths/~1tasks~1{taskId}/get";
  static final String WORKSPACE = GET + "/parameters/1";
  static final String PROJECT = GET + "/parameters/2";
  static final String FOLDER = GET + "/parameters/3";
  static final String VALUES = PROJECT + "/x-ms-dynamic-values";
  static final String POST = "/paths/~1tasks/post";
  static final String BODY = POST + "/parameters/0";
  static final String PROPS = BODY + "/schema/properties";
  static final String DETAILS = PROPS + "/details";
  static final String LIST = "/paths/~1projects/get";
  static final String HOOK = "/paths/~1hooks/post";
  static final String WATCH = "/paths/~1tasks~1watch/get";
  static final String CALLBACK = HOOK + "/parameters/0/schema/properties/callbackUrl";

  /** The operations and parameters that use the extensions, each use correct. */
  private static final String PATHS =
      """
      {
        "/projects": {"get": {
          "operationId": "ListProjects", "summary": "List projects",
          "parameters": [{"name": "workspace", "in": "query", "required": true, "type": "string"}],
          "responses": {"200": {"description": "OK", "schema": {"type": "object", "properties": {
            "value": {"type": "array", "items": {"type": "object", "properties": {
              "id": {"type": "string"}, "name": {"type": "string"}}}}}}}}}},
        "/projects/{projectId}/schema": {"get": {
          "operationId": "GetProjectSchema", "summary": "Get a project's schema",
          "parameters": [{"name": "projectId", "in": "path", "required": true, "type": "string"}],
          "responses": {"200": {"description": "OK", "schema": {"type": "object", "properties": {
            "schema": {"type": "object", "additionalProperties": true}}}}}}},
        "/tasks": {"post": {
          "operationId": "CreateTask", "summary": "Create a task",
          "parameters": [{"name": "body", "in": "body", "required": true, "schema": {
            "type": "object", "required": ["project"], "properties": {
              "project": {"type": "string"},
              "assignee": {"type": "string"},
              "details": {"type": "object",
                "x-ms-dynamic-schema": {"operationId": "GetProjectSchema",
                  "parameters": {"projectId": {"parameter": "project"}}, "value-path": "schema"},
                "x-ms-dynamic-properties": {"operationId": "GetProjectSchema",
                  "parameters": {"projectId": {"parameterReference": "body/project"}},
                  "itemValuePath": "schema"}},
              "priority": {"type": "string", "enum": ["low", "high"], "x-ms-enum-values": [
                {"value": "low", "displayName": "Low"}, {"value": "high", "displayName": "High"}]},
              "labels": {"type": "object", "x-ms-editor": "dictionary",
                "additionalProperties": {"type": "string"}},
              "status": {"type": "string", "x-ms-capabilities": {"filterFunctions": ["eq"]}}}}}],
          "responses": {"201": {"description": "Created"}}}},
        "/hooks": {
          "x-ms-notification-content": {"schema": {"type": "object", "properties": {
            "id": {"type": "string"}}}},
          "post": {
            "operationId": "OnTaskCreated", "summary": "When a task is created",
            "x-ms-trigger": "single",
            "parameters": [{"name": "body", "in": "body", "required": true, "schema": {
              "type": "object", "required": ["callbackUrl"], "properties": {
                "callbackUrl": {"type": "string", "x-ms-notification-url": true,
                  "x-ms-visibility": "internal"}}}}],
            "responses": {"201": {"description": "Created"}}}},
        "/hooks/{hookId}": {
          "delete": {
            "operationId": "DeleteHook", "summary": "Delete a webhook",
            "x-ms-visibility": "internal",
            "parameters": [{"name": "hookId", "in": "path", "required": true, "type": "string",
              "x-ms-url-encoding": "single"}],
            "responses": {"204": {"description": "No Content"}}}},
        "/tasks/watch": {
          "get": {
            "operationId": "WatchTask", "summary": "Watch a task",
            "x-ms-trigger": "single", "x-ms-notification": {"operationId": "OnTaskCreated"},
            "responses": {"200": {"description": "OK"}}}}
      }
      """;

  /** Parameters of GetTask that pick their values through the extensions. */
  private static final String GET_TASK_PARAMETERS =
      """
      [
        {"name": "workspace", "in": "query", "required": true, "type": "string"},
        {"name": "project", "in": "query", "required": true, "type": "string",
          "x-ms-dynamic-values": {"operationId": "ListProjects", "value-collection": "value",
            "value-path": "id", "value-title": "name",
            "parameters": {"workspace": {"parameter": "workspace"}}},
          "x-ms-dynamic-list": {"operationId": "ListProjects", "itemsPath": "value",
            "itemValuePath": "id", "itemTitlePath": "name",
            "parameters": {"workspace": {"parameterReference": "workspace"}}}},
        {"name": "folder", "in": "query", "type": "string",
          "x-ms-dynamic-values": {"capability": "file-picker", "value-path": "id"},
          "x-ms-dynamic-tree": {"settings": {"canSelectParentNodes": true},
            "open": {"operationId": "ListProjects", "itemsPath": "value", "itemValuePath": "id",
              "itemTitlePath": "name",
              "parameters": {"workspace": {"parameterReference": "workspace"}}},
            "browse": {"operationId": "ListProjects", "itemsPath": "value", "itemValuePath": "id",
              "itemTitlePath": "name",
              "parameters": {"workspace": {"selectedItemValuePath": "id"}}}}}
      ]
      """;

  static ObjectNode node(ObjectNode s, String pointer) {
    return (ObjectNode) s.at(pointer);
  }

  private static ObjectNode parse(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The connector with every extension used correctly. */
  static ConnectorFixture fixture() {
    return ConnectorFixture.named("Contoso Tasks")
        .swagger(
            s -> {
              s.withObject("paths").setAll(parse(PATHS));
              node(s, GET)
                  .withArray("parameters")
                  .addAll(parse("{\"p\":" + GET_TASK_PARAMETERS + "}").withArray("p"));
            });
  }

  /** Adds a body parameter whose schema has one string property {@code name}. */
  private static void bodyWith(ObjectNode operation, String name) {
    operation
        .withArray("parameters")
        .addObject()
        .put("name", "body")
        .put("in", "body")
        .putObject("schema")
        .put("type", "object")
        .putObject("properties")
        .putObject(name)
        .put("type", "string");
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        c(
            OperationIdNotFound.class,
            s -> node(s, VALUES).put("operationId", "ListProject"),
            VALUES + "/operationId"),
        c(
            OperationParameterNameNotFound.class,
            s -> node(s, VALUES).withObject("parameters").putObject("missing").put("value", 1),
            VALUES + "/parameters/missing"),
        c(
            OperationParameterNameIsAmbiguous.class,
            s -> bodyWith(node(s, LIST), "workspace"),
            VALUES + "/parameters/workspace"),
        c(
            DynamicListExtensionRequiredForAmbiguousReferences.class,
            s -> {
              node(s, PROJECT).remove("x-ms-dynamic-list");
              bodyWith(node(s, GET), "workspace");
            },
            VALUES + "/parameters/workspace/parameter"),
        c(
            DynamicListExtensionRequiredForNonParameterReferences.class,
            s ->
                node(s, PROPS + "/assignee")
                    .putObject("x-ms-dynamic-values")
                    .put("operationId", "ListProjects")
                    .put("value-collection", "value")
                    .put("value-path", "id")
                    .putObject("parameters")
                    .putObject("workspace")
                    .put("parameter", "project"),
            PROPS + "/assignee/x-ms-dynamic-values/parameters/workspace/parameter"),
        c(
            DynamicPropertiesExtensionRequiredForAmbiguousReferences.class,
            s -> {
              node(s, DETAILS).remove("x-ms-dynamic-properties");
              node(s, POST)
                  .withArray("parameters")
                  .addObject()
                  .put("name", "project")
                  .put("in", "query")
                  .put("type", "string");
            },
            DETAILS + "/x-ms-dynamic-schema/parameters/projectId/parameter"),
        c(
            DynamicPropertiesExtensionRequiredForNonParameterReferences.class,
            s -> node(s, DETAILS).remove("x-ms-dynamic-properties"),
            DETAILS + "/x-ms-dynamic-schema/parameters/projectId/parameter"),
        c(
            DynamicPropertiesExtensionRequiredForPropertiesValuePath.class,
            s -> {
              node(s, DETAILS).remove("x-ms-dynamic-properties");
              node(s, DETAILS + "/x-ms-dynamic-schema").put("value-path", "schema/properties");
            },
            DETAILS + "/x-ms-dynamic-schema/value-path"),
        c(
            DynamicPropertiesItemValuePathMismatch.class,
            s -> {
              node(s, DETAILS + "/x-ms-dynamic-schema").put("value-path", "schema/properties");
              node(s, DETAILS + "/x-ms-dynamic-properties")
                  .put("itemValuePath", "schema/properties");
            },
            DETAILS + "/x-ms-dynamic-properties/itemValuePath"),
        c(
            OperationParameterRequiredMismatch.class,
            s -> node(s, WORKSPACE).put("required", false),
            VALUES + "/parameters/workspace"),
        c(
            OperationParameterTypeMismatch.class,
            s -> node(s, WORKSPACE).put("type", "integer"),
            VALUES + "/parameters/workspace"),
        c(
            OperationParameterStaticTypeMismatch.class,
            s -> node(s, VALUES + "/parameters").putObject("workspace").put("value", 5),
            VALUES + "/parameters/workspace"),
        c(
            InvokedOperationShouldProduceArray.class,
            s ->
                node(s, LIST + "/responses/200/schema/properties/value")
                    .put("type", "object")
                    .remove("items"),
            VALUES + "/value-collection"),
        c(
            InvokedOperationShouldProduceProperty.class,
            s -> node(s, VALUES).put("value-path", "key"),
            VALUES + "/value-path"),
        c(
            DuplicateEnumValuesInExtension.class,
            s ->
                node(s, PROPS + "/priority")
                    .withArray("x-ms-enum-values")
                    .addObject()
                    .put("value", "low")
                    .put("displayName", "Lower"),
            PROPS + "/priority/x-ms-enum-values/2"),
        c(
            InvalidEnumValuesExtensionValue.class,
            s ->
                node(s, PROPS + "/priority")
                    .withArray("x-ms-enum-values")
                    .addObject()
                    .put("value", "mid")
                    .put("displayName", "Mid"),
            PROPS + "/priority/x-ms-enum-values/2/value"),
        c(
            MissingEnumValuesDisplayName.class,
            s -> node(s, PROPS + "/priority/x-ms-enum-values/0").remove("displayName"),
            PROPS + "/priority/x-ms-enum-values/0"),
        c(
            InvalidCustomEditorExtensionDictionaryValue.class,
            s -> node(s, PROPS + "/labels").remove("additionalProperties"),
            PROPS + "/labels/x-ms-editor"),
        c(
            FilterFunctionsPropertyEmpty.class,
            s -> node(s, PROPS + "/status/x-ms-capabilities").putArray("filterFunctions"),
            PROPS + "/status/x-ms-capabilities/filterFunctions"),
        c(
            DynamicExtensionDefinitionNotAllowedInParameter.class,
            s ->
                node(s, BODY)
                    .set("x-ms-dynamic-schema", node(s, DETAILS).remove("x-ms-dynamic-schema")),
            BODY + "/x-ms-dynamic-schema"),
        c(
            DynamicTreeExtensionMissing.class,
            s -> node(s, FOLDER).remove("x-ms-dynamic-tree"),
            FOLDER + "/x-ms-dynamic-values"),
        c(
            SelectedItemValuePathNotAllowedInThisPosition.class,
            s ->
                node(s, FOLDER + "/x-ms-dynamic-tree/open/parameters/workspace")
                    .put("selectedItemValuePath", "id")
                    .remove("parameterReference"),
            FOLDER + "/x-ms-dynamic-tree/open/parameters/workspace/selectedItemValuePath"));
  }

  /** The webhook trigger's body as a shared definition whose callback URL is optional. */
  private static void optionalCallbackInDefinition(ObjectNode s) {
    ObjectNode schema = node(s, HOOK + "/parameters/0/schema");
    schema.remove("required");
    s.withObject("definitions").set("Subscription", schema.deepCopy());
    node(s, HOOK + "/parameters/0").putObject("schema").put("$ref", "#/definitions/Subscription");
  }

  static Stream<Arguments> webhookCases() {
    return Stream.of(
        c(
            WebhookOperationsMissingNotificationUrlProperty.class,
            s -> node(s, CALLBACK).remove("x-ms-notification-url"),
            HOOK),
        c(
            WebhookDeleteOperationMissing.class,
            s -> s.withObject("paths").remove("/hooks/{hookId}"),
            HOOK),
        c(
            OperationMustHaveNotificationContentExtension.class,
            s -> node(s, "/paths/~1hooks").remove("x-ms-notification-content"),
            HOOK),
        c(
            NotificationUrlNotAllowedInThisPosition.class,
            s ->
                node(s, "/paths/~1hooks/x-ms-notification-content/schema/properties/id")
                    .put("x-ms-notification-url", true),
            "/paths/~1hooks/x-ms-notification-content/schema/properties/id/x-ms-notification-url"),
        c(
            NotificationUrlNotInternal.class,
            s -> node(s, CALLBACK).remove("x-ms-visibility"),
            CALLBACK),
        c(
            NotificationUrlNotRequired.class,
            s -> node(s, HOOK + "/parameters/0/schema").remove("required"),
            CALLBACK),
        c(
            NotificationUrlNotRequired.class,
            ExtensionRulesTest::optionalCallbackInDefinition,
            "/definitions/Subscription/properties/callbackUrl"),
        c(NotificationUrlNotString.class, s -> node(s, CALLBACK).put("type", "integer"), CALLBACK),
        c(
            NotificationExtensionSupportedForTriggerOnly.class,
            s -> node(s, WATCH).remove("x-ms-trigger"),
            WATCH + "/x-ms-notification"),
        c(
            NotificationExtensionNotSupportedInWebhookOperation.class,
            s -> node(s, HOOK).putObject("x-ms-notification").put("operationId", "OnTaskCreated"),
            HOOK + "/x-ms-notification"),
        c(
            NotificationOperationMustBeWebhook.class,
            s -> node(s, WATCH + "/x-ms-notification").put("operationId", "ListProjects"),
            WATCH + "/x-ms-notification/operationId"));
  }

  private static Arguments c(
      Class<? extends Rule> rule, Consumer<ObjectNode> breakIt, String pointer) {
    return Arguments.of(rule.getSimpleName(), rule, breakIt, pointer);
  }

  /**
   * Definitions that share their members level after level (2^40 ways down) and allOf loops: the
   * lookups and the webhook walk visit each definition a bounded number of times.
   */
  @org.junit.jupiter.api.Test
  void sharedAndLoopingDefinitionsDoNotMultiplyTheWalk() {
    ConnectorFixture hostile =
        fixture()
            .swagger(
                s -> {
                  ObjectNode defs = s.withObject("definitions");
                  for (int level = 0; level < 40; level++) {
                    ObjectNode props =
                        defs.putObject("L" + level).put("type", "object").putObject("properties");
                    for (String name : List.of("a", "b")) {
                      props.putObject(name).put("$ref", "#/definitions/L" + (level + 1));
                    }
                    defs.withObject("L" + level)
                        .putArray("allOf")
                        .addObject()
                        .put("$ref", "#/definitions/L" + level);
                  }
                  defs.putObject("L40").put("type", "string").put("x-ms-notification-url", true);
                  node(s, LIST + "/responses/200")
                      .putObject("schema")
                      .put("$ref", "#/definitions/L0");
                  node(s, VALUES).put("value-collection", "a/b/a/b/a/b/a/b/missing");
                  node(s, HOOK + "/parameters/0")
                      .putObject("schema")
                      .put("$ref", "#/definitions/L0");
                });
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(20),
        () -> {
          for (Class<? extends Rule> rule :
              List.of(
                  InvokedOperationShouldProduceProperty.class,
                  NotificationUrlNotRequired.class,
                  DynamicListExtensionRequiredForAmbiguousReferences.class)) {
            RuleTester.check(rule, hostile);
          }
        });
    assertTrue(
        RuleTester.check(InvokedOperationShouldProduceProperty.class, hostile).stream()
            .anyMatch(f -> f.jsonPointer().equals(VALUES + "/value-collection")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"cases", "webhookCases"})
  void quietOnCorrectUseAndFiresWhereItBreaks(
      String name, Class<? extends Rule> rule, Consumer<ObjectNode> breakIt, String pointer) {
    RuleTester.assertQuietThenFiresAt(rule, ExtensionRulesTest::fixture, breakIt, pointer);
  }
}
