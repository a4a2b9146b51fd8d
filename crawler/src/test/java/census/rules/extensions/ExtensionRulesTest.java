package census.rules.extensions;

import static census.testing.RuleCases.Expected.at;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.rules.Rule;
import census.testing.ConnectorFixture;
import census.testing.RuleCaseSource;
import census.testing.RuleCases;
import census.testing.RuleTester;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The x-ms extension rules, on a fixture that uses every extension correctly (dynamic values, list,
 * schema, properties, tree, enum values, dictionary editor, filter functions, a webhook trigger)
 * and on that fixture edited to come near or to break each rule.
 */
class ExtensionRulesTest implements RuleCaseSource {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CORRECT = "every extension used correctly";

  static final String GET = "/paths/~1tasks~1{taskId}/get";
  static final String WORKSPACE = GET + "/parameters/1";
  static final String PROJECT = GET + "/parameters/2";
  static final String FOLDER = GET + "/parameters/3";
  static final String VALUES = PROJECT + "/x-ms-dynamic-values";
  static final String DYNAMIC_LIST = PROJECT + "/x-ms-dynamic-list";
  static final String TREE = FOLDER + "/x-ms-dynamic-tree";
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

  /** The connector with every extension used correctly, then edited. */
  private static ConnectorFixture edited(Consumer<ObjectNode> edit) {
    return fixture().swagger(edit);
  }

  /**
   * The same finding at each pointer: the project's values and list and the folder's tree all call
   * ListProjects with the workspace.
   */
  private static RuleCases.Expected[] atEach(String message, String... pointers) {
    return Arrays.stream(pointers).map(p -> at(p, message)).toArray(RuleCases.Expected[]::new);
  }

  @Override
  public List<RuleCases> ruleCases() {
    return List.of(
        RuleCases.of(OperationIdNotFound.class)
            .valid(CORRECT, fixture())
            .invalid(
                "an operationId that is not in the definition",
                edited(s -> node(s, VALUES).put("operationId", "ListProject")),
                at(
                    VALUES + "/operationId",
                    "x-ms-dynamic-values invokes \"ListProject\", which is not an operationId")),
        RuleCases.of(OperationParameterNameNotFound.class)
            .valid(CORRECT, fixture())
            .invalid(
                "a parameter the invoked operation does not have",
                edited(
                    s ->
                        node(s, VALUES)
                            .withObject("parameters")
                            .putObject("missing")
                            .put("value", 1)),
                at(
                    VALUES + "/parameters/missing",
                    "\"ListProjects\" has no parameter \"missing\"")),
        RuleCases.of(OperationParameterNameIsAmbiguous.class)
            .valid(
                "a body property of another name in the invoked operation",
                edited(s -> bodyWith(node(s, LIST), "team")))
            .invalid(
                "a name both a parameter and a body property of the invoked operation",
                edited(s -> bodyWith(node(s, LIST), "workspace")),
                atEach(
                    "\"workspace\" is both a parameter and a body property of \"ListProjects\"",
                    VALUES + "/parameters/workspace",
                    DYNAMIC_LIST + "/parameters/workspace",
                    TREE + "/open/parameters/workspace",
                    TREE + "/browse/parameters/workspace")),
        RuleCases.of(DynamicListExtensionRequiredForAmbiguousReferences.class)
            .valid(
                "an ambiguous reference beside x-ms-dynamic-list",
                edited(s -> bodyWith(node(s, GET), "workspace")))
            .invalid(
                "an ambiguous reference without x-ms-dynamic-list",
                edited(
                    s -> {
                      node(s, PROJECT).remove("x-ms-dynamic-list");
                      bodyWith(node(s, GET), "workspace");
                    }),
                at(
                    VALUES + "/parameters/workspace/parameter",
                    "\"workspace\" is both a parameter and a body property of this operation; add x-ms-dynamic-list")),
        RuleCases.of(DynamicListExtensionRequiredForNonParameterReferences.class)
            .valid(
                "a body property's dynamic values with a static value",
                edited(s -> assigneeValues(s).putObject("workspace").put("value", "w1")))
            .invalid(
                "a body property's dynamic values reading a body property",
                edited(s -> assigneeValues(s).putObject("workspace").put("parameter", "project")),
                at(
                    PROPS + "/assignee/x-ms-dynamic-values/parameters/workspace/parameter",
                    "\"project\" is a property inside the body, not a parameter; add x-ms-dynamic-list")),
        RuleCases.of(DynamicPropertiesExtensionRequiredForAmbiguousReferences.class)
            .valid(
                "an ambiguous reference beside x-ms-dynamic-properties",
                edited(s -> projectQuery(s)))
            .invalid(
                "an ambiguous reference without x-ms-dynamic-properties",
                edited(
                    s -> {
                      node(s, DETAILS).remove("x-ms-dynamic-properties");
                      projectQuery(s);
                    }),
                at(
                    DETAILS + "/x-ms-dynamic-schema/parameters/projectId/parameter",
                    "\"project\" is both a parameter and a body property of this operation; add x-ms-dynamic-properties")),
        RuleCases.of(DynamicPropertiesExtensionRequiredForNonParameterReferences.class)
            .valid(
                "a dynamic schema alone with a static value",
                edited(
                    s -> {
                      node(s, DETAILS).remove("x-ms-dynamic-properties");
                      node(s, DETAILS + "/x-ms-dynamic-schema/parameters")
                          .putObject("projectId")
                          .put("value", "p1");
                    }))
            .invalid(
                "a dynamic schema alone reading a body property",
                edited(s -> node(s, DETAILS).remove("x-ms-dynamic-properties")),
                at(
                    DETAILS + "/x-ms-dynamic-schema/parameters/projectId/parameter",
                    "\"project\" is a property inside the body, not a parameter; add x-ms-dynamic-properties")),
        RuleCases.of(DynamicPropertiesExtensionRequiredForPropertiesValuePath.class)
            .valid(
                "a value-path ending at properties beside x-ms-dynamic-properties",
                edited(s -> propertiesValuePath(s, "schema")))
            .invalid(
                "a value-path ending at properties without x-ms-dynamic-properties",
                edited(
                    s -> {
                      node(s, DETAILS).remove("x-ms-dynamic-properties");
                      node(s, DETAILS + "/x-ms-dynamic-schema")
                          .put("value-path", "schema/properties");
                    }),
                at(
                    DETAILS + "/x-ms-dynamic-schema/value-path",
                    "value-path \"schema/properties\" points at properties; add x-ms-dynamic-properties")),
        RuleCases.of(DynamicPropertiesItemValuePathMismatch.class)
            .valid(
                "an itemValuePath that is the value-path without properties",
                edited(s -> propertiesValuePath(s, "schema")))
            .invalid(
                "an itemValuePath that keeps properties",
                edited(s -> propertiesValuePath(s, "schema/properties")),
                at(
                    DETAILS + "/x-ms-dynamic-properties/itemValuePath",
                    "itemValuePath is \"schema/properties\" but x-ms-dynamic-schema's value-path makes it \"schema\"")),
        RuleCases.of(OperationParameterRequiredMismatch.class)
            .valid(
                "an optional parameter feeding an optional one",
                edited(
                    s -> {
                      node(s, WORKSPACE).put("required", false);
                      node(s, LIST + "/parameters/0").put("required", false);
                    }))
            .invalid(
                "an optional parameter feeding a required one",
                edited(s -> node(s, WORKSPACE).put("required", false)),
                atEach(
                    "\"workspace\" is required by \"ListProjects\" but fed from the optional"
                        + " parameter \"workspace\"",
                    VALUES + "/parameters/workspace",
                    DYNAMIC_LIST + "/parameters/workspace",
                    TREE + "/open/parameters/workspace")),
        RuleCases.of(OperationParameterTypeMismatch.class)
            .valid(
                "an integer feeding a number",
                edited(
                    s -> {
                      node(s, WORKSPACE).put("type", "integer");
                      node(s, LIST + "/parameters/0").put("type", "number");
                    }))
            .invalid(
                "an integer feeding a string",
                edited(s -> node(s, WORKSPACE).put("type", "integer")),
                atEach(
                    "\"workspace\" is of type integer but feeds \"workspace\" of \"ListProjects\","
                        + " of type string",
                    VALUES + "/parameters/workspace",
                    DYNAMIC_LIST + "/parameters/workspace",
                    TREE + "/open/parameters/workspace")),
        RuleCases.of(OperationParameterStaticTypeMismatch.class)
            .valid(
                "a string value for a string",
                edited(
                    s -> node(s, VALUES + "/parameters").putObject("workspace").put("value", "5")))
            .invalid(
                "a number value for a string",
                edited(s -> node(s, VALUES + "/parameters").putObject("workspace").put("value", 5)),
                at(
                    VALUES + "/parameters/workspace",
                    "the value 5 does not fit \"workspace\" of \"ListProjects\", of type string")),
        RuleCases.of(InvokedOperationShouldProduceArray.class)
            .valid(CORRECT, fixture())
            .invalid(
                "a value-collection that is an object",
                edited(
                    s ->
                        node(s, LIST + "/responses/200/schema/properties/value")
                            .put("type", "object")
                            .remove("items")),
                atEach(
                    "\"value\" of \"ListProjects\" is of type object, not the array of items the"
                        + " call lists",
                    VALUES + "/value-collection",
                    DYNAMIC_LIST + "/itemsPath",
                    TREE + "/open/itemsPath",
                    TREE + "/browse/itemsPath")),
        RuleCases.of(InvokedOperationShouldProduceProperty.class)
            .valid(
                "a value-path naming another property of the items",
                edited(s -> node(s, VALUES).put("value-path", "name")))
            .invalid(
                "a value-path the items do not have",
                edited(s -> node(s, VALUES).put("value-path", "key")),
                at(
                    VALUES + "/value-path",
                    "\"key\" is not a property of each item of \"ListProjects\"")),
        RuleCases.of(DuplicateEnumValuesInExtension.class)
            .valid(
                "two values with the same display name",
                edited(
                    s -> node(s, PROPS + "/priority/x-ms-enum-values/1").put("displayName", "Low")))
            .invalid(
                "a value listed twice",
                edited(s -> priorityValue(s, "low", "Lower")),
                at(
                    PROPS + "/priority/x-ms-enum-values/2",
                    "the value \"low\" is listed twice in x-ms-enum-values")),
        RuleCases.of(InvalidEnumValuesExtensionValue.class)
            .valid(
                "a value added to the enum and to x-ms-enum-values",
                edited(
                    s -> {
                      node(s, PROPS + "/priority").withArray("enum").add("mid");
                      priorityValue(s, "mid", "Mid");
                    }))
            .invalid(
                "a value not in the enum",
                edited(s -> priorityValue(s, "mid", "Mid")),
                at(
                    PROPS + "/priority/x-ms-enum-values/2/value",
                    "the value \"mid\" is not in the schema's enum")),
        RuleCases.of(MissingEnumValuesDisplayName.class)
            .valid(CORRECT, fixture())
            .invalid(
                "an entry without displayName",
                edited(s -> node(s, PROPS + "/priority/x-ms-enum-values/0").remove("displayName")),
                at(
                    PROPS + "/priority/x-ms-enum-values/0",
                    "x-ms-enum-values entry for \"low\" has no displayName")),
        RuleCases.of(InvalidCustomEditorExtensionDictionaryValue.class)
            .valid(
                "a dictionary whose additionalProperties is true",
                edited(s -> node(s, PROPS + "/labels").put("additionalProperties", true)))
            .invalid(
                "a dictionary without additionalProperties",
                edited(s -> node(s, PROPS + "/labels").remove("additionalProperties")),
                at(
                    PROPS + "/labels/x-ms-editor",
                    "x-ms-editor \"dictionary\" on a schema that is not an object allowing additional properties")),
        RuleCases.of(FilterFunctionsPropertyEmpty.class)
            .valid(
                "x-ms-capabilities without filterFunctions",
                edited(s -> node(s, PROPS + "/status/x-ms-capabilities").remove("filterFunctions")))
            .invalid(
                "an empty filterFunctions",
                edited(
                    s -> node(s, PROPS + "/status/x-ms-capabilities").putArray("filterFunctions")),
                at(
                    PROPS + "/status/x-ms-capabilities/filterFunctions",
                    "filterFunctions is empty")),
        RuleCases.of(DynamicExtensionDefinitionNotAllowedInParameter.class)
            .valid("a dynamic schema on a property of the body", fixture())
            .invalid(
                "a dynamic schema on the body parameter",
                edited(
                    s ->
                        node(s, BODY)
                            .set(
                                "x-ms-dynamic-schema",
                                node(s, DETAILS).remove("x-ms-dynamic-schema"))),
                at(
                    BODY + "/x-ms-dynamic-schema",
                    "x-ms-dynamic-schema stands on the body parameter; it belongs in its schema")),
        RuleCases.of(DynamicTreeExtensionMissing.class)
            .valid(
                "dynamic values from an operation, without a tree",
                edited(
                    s -> {
                      node(s, FOLDER).remove("x-ms-dynamic-tree");
                      node(s, FOLDER + "/x-ms-dynamic-values")
                          .put("operationId", "ListProjects")
                          .put("value-collection", "value")
                          .remove("capability");
                    }))
            .invalid(
                "the file picker without a tree",
                edited(s -> node(s, FOLDER).remove("x-ms-dynamic-tree")),
                at(
                    FOLDER + "/x-ms-dynamic-values",
                    "the file picker is offered without x-ms-dynamic-tree")),
        RuleCases.of(SelectedItemValuePathNotAllowedInThisPosition.class)
            .valid("selectedItemValuePath in the browse operation", fixture())
            .invalid(
                "selectedItemValuePath in the open operation",
                edited(
                    s ->
                        node(s, TREE + "/open/parameters/workspace")
                            .put("selectedItemValuePath", "id")
                            .remove("parameterReference")),
                at(
                    TREE + "/open/parameters/workspace/selectedItemValuePath",
                    "selectedItemValuePath outside the parameters of x-ms-dynamic-tree's browse")),
        RuleCases.of(WebhookOperationsMissingNotificationUrlProperty.class)
            .valid(CORRECT, fixture())
            .invalid(
                "a webhook without a notification URL",
                edited(s -> node(s, CALLBACK).remove("x-ms-notification-url")),
                at(
                    HOOK,
                    "webhook trigger \"OnTaskCreated\" has no x-ms-notification-url property")),
        RuleCases.of(WebhookDeleteOperationMissing.class)
            .valid(CORRECT, fixture())
            .invalid(
                "a webhook without a DELETE operation",
                edited(s -> s.withObject("paths").remove("/hooks/{hookId}")),
                at(
                    HOOK,
                    "webhook trigger POST /hooks registers a webhook, but no DELETE operation can remove it")),
        RuleCases.of(OperationMustHaveNotificationContentExtension.class)
            .valid(
                "notification content on the operation instead of its path",
                edited(
                    s ->
                        node(s, HOOK)
                            .set(
                                "x-ms-notification-content",
                                node(s, "/paths/~1hooks").remove("x-ms-notification-content"))))
            .invalid(
                "a notification URL without notification content",
                edited(s -> node(s, "/paths/~1hooks").remove("x-ms-notification-content")),
                at(
                    HOOK,
                    "\"OnTaskCreated\" sends a notification URL but declares no x-ms-notification-content")),
        RuleCases.of(NotificationUrlNotAllowedInThisPosition.class)
            .valid(
                "a definition nothing refers to",
                edited(
                    s ->
                        s.withObject("definitions")
                            .putObject("Unused")
                            .put("type", "string")
                            .put("x-ms-notification-url", true)))
            .invalid(
                "a notification URL in the notification payload",
                edited(
                    s ->
                        node(s, "/paths/~1hooks/x-ms-notification-content/schema/properties/id")
                            .put("x-ms-notification-url", true)),
                at(
                    "/paths/~1hooks/x-ms-notification-content/schema/properties/id/x-ms-notification-url",
                    "x-ms-notification-url outside an operation's request body")),
        RuleCases.of(NotificationUrlNotInternal.class)
            .valid(
                "a visible notification URL in an internal body parameter",
                edited(
                    s -> {
                      node(s, CALLBACK).remove("x-ms-visibility");
                      node(s, HOOK + "/parameters/0").put("x-ms-visibility", "internal");
                    }))
            .invalid(
                "a visible notification URL",
                edited(s -> node(s, CALLBACK).remove("x-ms-visibility")),
                at(CALLBACK, "the notification URL property is not internal")),
        RuleCases.of(NotificationUrlNotRequired.class)
            .valid(CORRECT, fixture())
            .invalid(
                "an optional notification URL",
                edited(s -> node(s, HOOK + "/parameters/0/schema").remove("required")),
                at(CALLBACK, "the notification URL property is not required all the way down"))
            .invalid(
                "an optional notification URL in a shared definition",
                edited(ExtensionRulesTest::optionalCallbackInDefinition),
                at(
                    "/definitions/Subscription/properties/callbackUrl",
                    "the notification URL property is not required all the way down")),
        RuleCases.of(NotificationUrlNotString.class)
            .valid(CORRECT, fixture())
            .invalid(
                "an integer notification URL",
                edited(s -> node(s, CALLBACK).put("type", "integer")),
                at(CALLBACK, "the notification URL property is not a string")),
        RuleCases.of(NotificationExtensionSupportedForTriggerOnly.class)
            .valid("x-ms-notification on a polling trigger", fixture())
            .invalid(
                "x-ms-notification on an action",
                edited(s -> node(s, WATCH).remove("x-ms-trigger")),
                at(
                    WATCH + "/x-ms-notification",
                    "x-ms-notification on an operation that is not a trigger")),
        RuleCases.of(NotificationExtensionNotSupportedInWebhookOperation.class)
            .valid(CORRECT, fixture())
            .invalid(
                "x-ms-notification on the webhook trigger",
                edited(
                    s ->
                        node(s, HOOK)
                            .putObject("x-ms-notification")
                            .put("operationId", "OnTaskCreated")),
                at(HOOK + "/x-ms-notification", "x-ms-notification on a webhook trigger")),
        RuleCases.of(NotificationOperationMustBeWebhook.class)
            .valid("x-ms-notification naming the webhook trigger", fixture())
            .invalid(
                "x-ms-notification naming an action",
                edited(
                    s -> node(s, WATCH + "/x-ms-notification").put("operationId", "ListProjects")),
                at(
                    WATCH + "/x-ms-notification/operationId",
                    "\"ListProjects\" is not a webhook trigger")));
  }

  /** An x-ms-dynamic-values on the body property "assignee", returning its parameters. */
  private static ObjectNode assigneeValues(ObjectNode s) {
    return node(s, PROPS + "/assignee")
        .putObject("x-ms-dynamic-values")
        .put("operationId", "ListProjects")
        .put("value-collection", "value")
        .put("value-path", "id")
        .putObject("parameters");
  }

  /** A query parameter "project" on CreateTask, whose body also has a property "project". */
  private static void projectQuery(ObjectNode s) {
    node(s, POST)
        .withArray("parameters")
        .addObject()
        .put("name", "project")
        .put("in", "query")
        .put("type", "string");
  }

  /** The dynamic schema's value-path at "schema/properties", with the given itemValuePath. */
  private static void propertiesValuePath(ObjectNode s, String itemValuePath) {
    node(s, DETAILS + "/x-ms-dynamic-schema").put("value-path", "schema/properties");
    node(s, DETAILS + "/x-ms-dynamic-properties").put("itemValuePath", itemValuePath);
  }

  /** One more entry of the priority's x-ms-enum-values. */
  private static void priorityValue(ObjectNode s, String value, String displayName) {
    node(s, PROPS + "/priority")
        .withArray("x-ms-enum-values")
        .addObject()
        .put("value", value)
        .put("displayName", displayName);
  }

  /** The webhook trigger's body as a shared definition whose callback URL is optional. */
  private static void optionalCallbackInDefinition(ObjectNode s) {
    ObjectNode schema = node(s, HOOK + "/parameters/0/schema");
    schema.remove("required");
    s.withObject("definitions").set("Subscription", schema.deepCopy());
    node(s, HOOK + "/parameters/0").putObject("schema").put("$ref", "#/definitions/Subscription");
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
}
