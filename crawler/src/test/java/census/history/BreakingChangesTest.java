package census.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.json.JsonDocument;
import census.testing.ConnectorFixture;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class BreakingChangesTest {
  /** The fixture connector with an optional query parameter and a trigger-free action. */
  private static ConnectorFixture base() {
    return ConnectorFixture.named("Contoso Tasks")
        .swagger(
            s -> {
              ObjectNode filter =
                  ((com.fasterxml.jackson.databind.node.ArrayNode)
                          s.path("paths").path("/tasks/{taskId}").path("get").path("parameters"))
                      .addObject();
              filter.put("name", "filter").put("in", "query").put("type", "string");
            });
  }

  private static ApiSurface surface(ConnectorFixture fixture) {
    var files = fixture.files();
    return ApiSurface.of(
        JsonDocument.parse("apiDefinition.swagger.json", files.get("apiDefinition.swagger.json"))
            .tree(),
        JsonDocument.parse("apiProperties.json", files.get("apiProperties.json")).tree());
  }

  private static List<BreakingChanges.Change> after(Consumer<ObjectNode> edit) {
    return BreakingChanges.between(surface(base()), surface(base().swagger(edit)));
  }

  private static ObjectNode op(ObjectNode swagger) {
    return (ObjectNode) swagger.path("paths").path("/tasks/{taskId}").path("get");
  }

  private static void assertOne(String kind, String detail, List<BreakingChanges.Change> changes) {
    assertEquals(1, changes.size(), changes::toString);
    assertEquals(kind, changes.get(0).kind());
    assertTrue(changes.get(0).detail().contains(detail), changes.get(0)::detail);
  }

  @Test
  void operationRemoved() {
    var changes = after(s -> ((ObjectNode) s.path("paths")).remove("/tasks/{taskId}"));
    assertOne(BreakingChanges.OPERATION_REMOVED, "GET /tasks/{taskId}", changes);
    assertEquals("GetTask", changes.get(0).operationId());
  }

  @Test
  void operationIdRenamed() {
    assertOne(
        BreakingChanges.OPERATION_ID_RENAMED,
        "GetTask -> FetchTask",
        after(s -> op(s).put("operationId", "FetchTask")));
  }

  @Test
  void operationMovedToAnotherPathKeepsItsFlowsByOperationId() {
    var changes =
        after(
            s -> {
              ObjectNode paths = (ObjectNode) s.path("paths");
              paths.set("/items/{taskId}", paths.remove("/tasks/{taskId}"));
            });
    assertEquals(List.of(), changes);
  }

  @Test
  void newRequiredParameterAndOptionalMadeRequired() {
    assertOne(
        BreakingChanges.REQUIRED_PARAMETER_ADDED,
        "query:top (new)",
        after(
            s ->
                ((com.fasterxml.jackson.databind.node.ArrayNode) op(s).path("parameters"))
                    .addObject()
                    .put("name", "top")
                    .put("in", "query")
                    .put("type", "integer")
                    .put("required", true)));
    assertOne(
        BreakingChanges.REQUIRED_PARAMETER_ADDED,
        "query:filter (was optional)",
        after(s -> ((ObjectNode) op(s).path("parameters").get(1)).put("required", true)));
  }

  @Test
  void parameterRemovedAndRetyped() {
    assertOne(
        BreakingChanges.PARAMETER_REMOVED,
        "query:filter",
        after(
            s ->
                ((com.fasterxml.jackson.databind.node.ArrayNode) op(s).path("parameters"))
                    .remove(1)));
    assertOne(
        BreakingChanges.PARAMETER_RETYPED,
        "query:filter: string -> integer",
        after(s -> ((ObjectNode) op(s).path("parameters").get(1)).put("type", "integer")));
  }

  @Test
  void responsePropertyRemovedAndRetyped() {
    ObjectNode[] schema = new ObjectNode[1];
    Consumer<ObjectNode> responseProps =
        s ->
            schema[0] =
                (ObjectNode) op(s).path("responses").path("200").path("schema").path("properties");
    assertOne(
        BreakingChanges.RESPONSE_PROPERTY_REMOVED,
        "name",
        after(
            s -> {
              responseProps.accept(s);
              schema[0].remove("name");
            }));
    assertOne(
        BreakingChanges.RESPONSE_PROPERTY_RETYPED,
        "name: string -> integer",
        after(
            s -> {
              responseProps.accept(s);
              ((ObjectNode) schema[0].path("name")).put("type", "integer");
            }));
  }

  @Test
  void responsePropertiesAreFollowedThroughReferences() {
    Consumer<ObjectNode> viaRef =
        s -> {
          ObjectNode task = ((ObjectNode) s.path("definitions")).putObject("Task");
          task.put("type", "object");
          task.putObject("properties").putObject("owner").put("type", "string");
          ((ObjectNode) op(s).path("responses").path("200"))
              .putObject("schema")
              .put("$ref", "#/definitions/Task");
        };
    var before = surface(base().swagger(viaRef));
    var after =
        surface(
            base()
                .swagger(viaRef)
                .swagger(
                    s ->
                        ((ObjectNode) s.path("definitions").path("Task").path("properties"))
                            .remove("owner")));
    assertOne(
        BreakingChanges.RESPONSE_PROPERTY_REMOVED, "owner", BreakingChanges.between(before, after));
  }

  @Test
  void triggerChanged() {
    assertOne(
        BreakingChanges.TRIGGER_CHANGED,
        "null -> single",
        after(s -> op(s).put("x-ms-trigger", "single")));
  }

  @Test
  void authenticationChanged() {
    assertOne(
        BreakingChanges.AUTHENTICATION_CHANGED,
        "definition:oauth2_auth:oauth2:accessCode",
        after(
            s ->
                ((ObjectNode) s.path("securityDefinitions"))
                    .putObject("oauth2_auth")
                    .put("type", "oauth2")
                    .put("flow", "accessCode")));
  }

  @Test
  void hostAndBasePathChanged() {
    assertOne(
        BreakingChanges.HOST_CHANGED,
        "api.contoso.com -> api2.contoso.com",
        after(s -> s.put("host", "api2.contoso.com")));
    assertOne(
        BreakingChanges.BASE_PATH_CHANGED, "/v1 -> /v2", after(s -> s.put("basePath", "/v2")));
  }

  @Test
  void additionsBreakNothing() {
    var changes =
        after(
            s -> {
              ((ObjectNode) s.path("paths"))
                  .putObject("/projects")
                  .putObject("get")
                  .put("operationId", "ListProjects");
              ((com.fasterxml.jackson.databind.node.ArrayNode) op(s).path("parameters"))
                  .addObject()
                  .put("name", "top")
                  .put("in", "query")
                  .put("type", "integer");
              ((ObjectNode) op(s).path("responses").path("200").path("schema").path("properties"))
                  .putObject("due")
                  .put("type", "string");
              op(s).put("summary", "Get one task");
            });
    assertEquals(List.of(), changes);
  }

  @Test
  void aDefinitionThatCannotBeReadBreaksNothingAndSurvivesJson() {
    ApiSurface good = surface(base());
    assertEquals(List.of(), BreakingChanges.between(good, ApiSurface.NONE));
    assertEquals(List.of(), BreakingChanges.between(ApiSurface.NONE, good));
    assertEquals(good, ApiSurface.fromJson(good.toJson()));
    assertEquals(ApiSurface.NONE, ApiSurface.fromJson("{not json"));
  }
}
