package census.rules.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.rules.Finding;
import census.rules.Rule;
import census.rules.parameters.BodyOrFormDataParameterInFetchOperationNotAllowed;
import census.rules.parameters.BodyParameterSchemaRequired;
import census.rules.parameters.ConnectionIdParameterNotAllowed;
import census.rules.parameters.FileParameterMustBeInFormData;
import census.rules.parameters.InternalParameterWithoutDefault;
import census.rules.parameters.NonBodyParameterSchemaNotValid;
import census.rules.parameters.OperationParametersContainDuplicateParameter;
import census.rules.parameters.OperationParametersContainMultipleBodyParameters;
import census.rules.parameters.ParameterReferenceNotFound;
import census.rules.parameters.ParameterSummaryMissing;
import census.rules.parameters.ParameterSummaryTooLong;
import census.rules.parameters.QueryParameterEncodingNotSupported;
import census.rules.responses.ErrorResponseHasSchema;
import census.rules.responses.OperationMustHaveResponse;
import census.rules.responses.OperationShouldHaveSuccessfulResponse;
import census.rules.responses.ResponseMustBeDefaultOrHttpStatusCode;
import census.rules.responses.SuccessResponseSchemaEmpty;
import census.rules.schemas.ArrayHasNoItems;
import census.rules.schemas.DefinitionPropertyTitleMissing;
import census.rules.schemas.EnumMustContainAtLeastOneElement;
import census.rules.schemas.RequiredPropertyDefinitionMissing;
import census.rules.schemas.SchemaPropertySummaryMissing;
import census.rules.schemas.SchemaReferenceNotFound;
import census.rules.text.LabelNotTitleCase;
import census.rules.text.LabelRestrictedCharacters;
import census.rules.text.PropertyTitleContainsUrl;
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
 * Each operation, parameter, response and schema rule: quiet on the clean fixture, and firing at
 * the expected pointer on a fixture edited to break it.
 */
class OperationRulesTest {
  static final String OP = "/paths/~1tasks~1{taskId}/get";

  private static ObjectNode op(ObjectNode swagger) {
    return (ObjectNode) swagger.at(OP);
  }

  private static ObjectNode pathItem(ObjectNode swagger) {
    return (ObjectNode) swagger.get("paths").get("/tasks/{taskId}");
  }

  private static ObjectNode param(ObjectNode swagger) {
    return (ObjectNode) swagger.at(OP + "/parameters/0");
  }

  private static ObjectNode ok(ObjectNode swagger) {
    return (ObjectNode) swagger.at(OP + "/responses/200");
  }

  private static ObjectNode addParam(ObjectNode swagger, String name, String in) {
    ObjectNode p = op(swagger).withArray("parameters").addObject();
    p.put("name", name)
        .put("in", in)
        .put("type", "string")
        .put("x-ms-summary", "X")
        .put("description", "An X.");
    return p;
  }

  private static ObjectNode definitionProperty(ObjectNode swagger) {
    ObjectNode item = swagger.withObject("definitions").putObject("Item").put("type", "object");
    return item.putObject("properties").putObject("name").put("type", "string");
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        c(OperationIdRequired.class, s -> op(s).remove("operationId"), OP),
        c(
            OperationIdNotUnique.class,
            s -> s.withObject("paths").putObject("/other").set("get", op(s).deepCopy()),
            "/paths/~1other/get/operationId"),
        c(
            OperationIdSanitized.class,
            s -> op(s).put("operationId", "Get_Task"),
            OP + "/operationId"),
        c(
            OperationIdTooLong.class,
            s -> op(s).put("operationId", "Get" + "A".repeat(80)),
            OP + "/operationId"),
        c(OperationSummaryMissing.class, s -> op(s).remove("summary"), OP),
        c(
            RestrictedCharactersInSummary.class,
            s -> op(s).put("summary", "Get/update a task"),
            OP + "/summary"),
        c(
            SummaryMustEndWithAlphanumeric.class,
            s -> op(s).put("summary", "Get a task."),
            OP + "/summary"),
        c(
            SummaryNotSentenceCase.class,
            s -> op(s).put("summary", "Get The Task Details Now"),
            OP + "/summary"),
        c(
            SummarySameAsDescription.class,
            s -> op(s).put("description", "Get a task."),
            OP + "/description"),
        c(
            DescriptionNotASentence.class,
            s -> op(s).put("description", "Gets one task"),
            OP + "/description"),
        c(
            DescriptionContainsUrl.class,
            s -> op(s).put("description", "See https://example.com for more."),
            OP + "/description"),
        c(
            OperationPathMustStartWithSlash.class,
            s ->
                s.withObject("paths").set("tasks", s.withObject("paths").remove("/tasks/{taskId}")),
            "/paths/tasks"),
        c(
            OperationMissingPathParameter.class,
            s -> param(s).put("name", "id").put("in", "query"),
            OP),
        c(
            PathParameterNotDefinedInTemplate.class,
            s -> param(s).put("name", "id"),
            OP + "/parameters/0"),
        c(
            InvalidNextLinkNameValue.class,
            s -> op(s).putObject("x-ms-pageable").put("nextLinkName", "next"),
            OP + "/x-ms-pageable/nextLinkName"),
        c(
            ParameterSummaryMissing.class,
            s -> param(s).remove("x-ms-summary"),
            OP + "/parameters/0"),
        c(DescriptionMissing.class, s -> op(s).remove("description"), OP),
        c(
            TriggerSummaryNotWhen.class,
            s -> op(s).put("x-ms-trigger", "single").put("summary", "New task"),
            OP + "/summary"),
        c(
            InternalParameterWithoutDefault.class,
            s ->
                addParam(s, "api-version", "query")
                    .put("x-ms-visibility", "internal")
                    .put("required", true),
            OP + "/parameters/1"),
        c(
            ProductNameInOperationText.class,
            s -> op(s).put("description", "Gets one task for a Power Automate flow."),
            OP + "/description"),
        c(
            ProductNameInOperationText.class,
            s -> param(s).put("description", "The task, as PowerApps shows it."),
            OP + "/parameters/0/description"),
        c(DescriptionMissing.class, s -> param(s).put("description", " "), OP + "/parameters/0"),
        c(
            ParameterSummaryTooLong.class,
            s -> param(s).put("x-ms-summary", "Task ID " + "X".repeat(73)),
            OP + "/parameters/0/x-ms-summary"),
        c(
            LabelNotTitleCase.class,
            s -> param(s).put("x-ms-summary", "Task id"),
            OP + "/parameters/0/x-ms-summary"),
        c(
            LabelNotTitleCase.class,
            s -> definitionProperty(s).put("title", "Item name"),
            "/definitions/Item/properties/name/title"),
        c(
            LabelRestrictedCharacters.class,
            s -> param(s).put("x-ms-summary", "Task ID/Key"),
            OP + "/parameters/0/x-ms-summary"),
        c(
            PropertyTitleContainsUrl.class,
            s -> definitionProperty(s).put("title", "Name (https://example.com/name)"),
            "/definitions/Item/properties/name/title"),
        c(
            ConnectionIdParameterNotAllowed.class,
            s -> addParam(s, "connectionId", "query"),
            OP + "/parameters/1"),
        c(
            BodyOrFormDataParameterInFetchOperationNotAllowed.class,
            s -> addParam(s, "body", "body").remove("type"),
            OP + "/parameters/1"),
        c(
            OperationParametersContainMultipleBodyParameters.class,
            s -> {
              pathItem(s).set("post", op(s).deepCopy());
              ObjectNode post = (ObjectNode) s.at("/paths/~1tasks~1{taskId}/post");
              post.put("operationId", "UpdateTask");
              post.withArray("parameters")
                  .addObject()
                  .put("name", "a")
                  .put("in", "body")
                  .putObject("schema");
              post.withArray("parameters")
                  .addObject()
                  .put("name", "b")
                  .put("in", "body")
                  .putObject("schema");
            },
            "/paths/~1tasks~1{taskId}/post/parameters/2"),
        c(
            OperationParametersContainDuplicateParameter.class,
            s -> op(s).withArray("parameters").add(param(s).deepCopy()),
            OP + "/parameters/1"),
        c(
            FileParameterMustBeInFormData.class,
            s -> addParam(s, "file", "query").put("type", "file"),
            OP + "/parameters/1"),
        c(
            QueryParameterEncodingNotSupported.class,
            s -> addParam(s, "q", "query").put("x-ms-url-encoding", "single"),
            OP + "/parameters/1/x-ms-url-encoding"),
        c(
            BodyParameterSchemaRequired.class,
            s -> {
              pathItem(s).set("post", op(s).deepCopy());
              ((ObjectNode) s.at("/paths/~1tasks~1{taskId}/post"))
                  .put("operationId", "UpdateTask")
                  .withArray("parameters")
                  .addObject()
                  .put("name", "body")
                  .put("in", "body");
            },
            "/paths/~1tasks~1{taskId}/post/parameters/1"),
        c(
            NonBodyParameterSchemaNotValid.class,
            s -> param(s).putObject("schema").put("type", "string"),
            OP + "/parameters/0/schema"),
        c(
            ParameterReferenceNotFound.class,
            s -> op(s).withArray("parameters").addObject().put("$ref", "#/parameters/missing"),
            OP + "/parameters/1/$ref"),
        c(OperationMustHaveResponse.class, s -> op(s).putObject("responses"), OP),
        c(
            OperationShouldHaveSuccessfulResponse.class,
            s -> op(s).putObject("responses").putObject("default").put("description", "Error"),
            OP + "/responses"),
        c(
            ResponseMustBeDefaultOrHttpStatusCode.class,
            s -> op(s).withObject("responses").putObject("OK").put("description", "OK"),
            OP + "/responses/OK"),
        c(
            ErrorResponseHasSchema.class,
            s ->
                op(s)
                    .withObject("responses")
                    .putObject("404")
                    .put("description", "Missing")
                    .putObject("schema")
                    .put("type", "object"),
            OP + "/responses/404/schema"),
        c(
            SuccessResponseSchemaEmpty.class,
            s -> ok(s).putObject("schema").put("type", "object"),
            OP + "/responses/200/schema"),
        c(
            SchemaPropertySummaryMissing.class,
            s ->
                ((ObjectNode) s.at(OP + "/responses/200/schema/properties/name"))
                    .remove("x-ms-summary"),
            OP + "/responses/200/schema/properties/name"),
        c(
            DefinitionPropertyTitleMissing.class,
            s -> definitionProperty(s).put("description", "The name.").put("x-ms-summary", "Name"),
            "/definitions/Item/properties/name"),
        c(
            ArrayHasNoItems.class,
            s ->
                ok(s)
                    .withObject("schema")
                    .withObject("properties")
                    .putObject("list")
                    .put("type", "array")
                    .put("x-ms-summary", "List")
                    .put("title", "List")
                    .put("description", "A list."),
            OP + "/responses/200/schema/properties/list"),
        c(
            SchemaReferenceNotFound.class,
            s -> ok(s).putObject("schema").put("$ref", "#/definitions/Missing"),
            OP + "/responses/200/schema/$ref"),
        c(
            EnumMustContainAtLeastOneElement.class,
            s -> ((ObjectNode) s.at(OP + "/responses/200/schema/properties/name")).putArray("enum"),
            OP + "/responses/200/schema/properties/name/enum"),
        c(
            RequiredPropertyDefinitionMissing.class,
            s -> ok(s).withObject("schema").putArray("required").add("missing"),
            OP + "/responses/200/schema/required/0"));
  }

  private static Arguments c(
      Class<? extends Rule> rule, Consumer<ObjectNode> breakIt, String pointer) {
    return Arguments.of(rule.getSimpleName(), rule, breakIt, pointer);
  }

  @org.junit.jupiter.api.Test
  void aRuleListsAtMostItsLimitPerConnectorThenCountsTheRest() {
    ConnectorFixture many =
        ConnectorFixture.named("Contoso Tasks")
            .swagger(
                s -> {
                  ObjectNode props = ok(s).withObject("schema").withObject("properties");
                  for (int i = 0; i < 70; i++) {
                    props.putObject("p" + i).put("type", "string");
                  }
                });
    List<Finding> found = RuleTester.check(SchemaPropertySummaryMissing.class, many);
    assertEquals(census.rules.Findings.PER_RULE_LIMIT + 1, found.size());
    assertTrue(
        found.get(found.size() - 1).message().startsWith("20 more findings"),
        found.get(found.size() - 1).message());
  }

  /**
   * The fixture with a second operation on the task path and one query parameter declared on the
   * path item, which {@code fill} completes.
   */
  private static ConnectorFixture withPathLevelParameter(Consumer<ObjectNode> fill) {
    return ConnectorFixture.named("Contoso Tasks")
        .swagger(
            s -> {
              fill.accept(
                  pathItem(s)
                      .putArray("parameters")
                      .addObject()
                      .put("in", "query")
                      .put("type", "string"));
              pathItem(s).set("delete", op(s).deepCopy().put("operationId", "DeleteTask"));
            });
  }

  private static List<String> pointers(Class<? extends Rule> rule, ConnectorFixture fixture) {
    return RuleTester.check(rule, fixture).stream().map(Finding::jsonPointer).toList();
  }

  @org.junit.jupiter.api.Test
  void anInternalPathLevelParameterWithoutDefaultIsReportedOnceForItsPath() {
    ConnectorFixture shared =
        withPathLevelParameter(
            p ->
                p.put("name", "api-version")
                    .put("required", true)
                    .put("x-ms-visibility", "internal"));
    assertEquals(
        List.of("/paths/~1tasks~1{taskId}/parameters/0"),
        pointers(InternalParameterWithoutDefault.class, shared));
  }

  @org.junit.jupiter.api.Test
  void aPathLevelParameterIsCheckedOnceForItsPath() {
    ConnectorFixture shared =
        withPathLevelParameter(
            p -> p.put("name", "tenant").put("description", "See https://example.com/tenants"));
    String at = "/paths/~1tasks~1{taskId}/parameters/0";
    assertEquals(List.of(at), pointers(ParameterSummaryMissing.class, shared));
    assertEquals(List.of(at + "/description"), pointers(DescriptionContainsUrl.class, shared));
    assertEquals(List.of(at + "/description"), pointers(DescriptionNotASentence.class, shared));
  }

  @org.junit.jupiter.api.Test
  void bodyAndInternalParametersNeedNoDescription() {
    ConnectorFixture quiet =
        ConnectorFixture.named("Contoso Tasks")
            .swagger(
                s -> {
                  addParam(s, "body", "body").remove("description");
                  addParam(s, "apiVersion", "query")
                      .put("x-ms-visibility", "internal")
                      .remove("description");
                });
    assertEquals(List.of(), RuleTester.check(DescriptionMissing.class, quiet));
  }

  /** Each finding of {@code rule} on {@code fixture} as rule id, pointer and message. */
  private static List<List<String>> findings(Class<? extends Rule> rule, ConnectorFixture fixture) {
    return RuleTester.check(rule, fixture).stream()
        .map(f -> List.of(f.ruleId(), f.jsonPointer(), f.message()))
        .toList();
  }

  private static ConnectorFixture summary(String summary) {
    return ConnectorFixture.named("Contoso Tasks").swagger(s -> op(s).put("summary", summary));
  }

  @org.junit.jupiter.api.Test
  void aSummaryMayEndInAClosingParenthesisAfterALetterOrDigit() {
    // Advanced Data Operations' "Concatenate (Simple)", and a revision as operations name them.
    for (String quiet : List.of("Concatenate (Simple)", "Get a task (V2)", "Get a task")) {
      assertEquals(
          List.of(), findings(SummaryMustEndWithAlphanumeric.class, summary(quiet)), quiet);
    }
    // Airtable's "List Records [DEPRECATED]", Shopify's "Retrieves a list of orders.".
    for (String loud :
        List.of("List Records [DEPRECATED]", "Retrieves a list of orders.", "Get a task (V2.)")) {
      assertEquals(
          List.of(
              List.of(
                  "SummaryMustEndWithAlphanumeric",
                  OP + "/summary",
                  "summary \"" + loud + "\" does not end with a letter or digit")),
          findings(SummaryMustEndWithAlphanumeric.class, summary(loud)),
          loud);
    }
  }

  @org.junit.jupiter.api.Test
  void aPathParameterNeedsAnEncodingAndMayChooseDouble() {
    // AgilePoint NX's WORKITEMID: "double" is the extension's other value, not a missing one.
    ConnectorFixture twice =
        ConnectorFixture.named("Contoso Tasks")
            .swagger(s -> param(s).put("x-ms-url-encoding", "double"));
    assertEquals(List.of(), findings(PathParameterMissingEncoding.class, twice));
    ConnectorFixture none =
        ConnectorFixture.named("Contoso Tasks").swagger(s -> param(s).remove("x-ms-url-encoding"));
    assertEquals(
        List.of(
            List.of(
                "PathParameterMissingEncoding",
                OP + "/parameters/0",
                "path parameter \"taskId\" has no x-ms-url-encoding; it should be \"single\"")),
        findings(PathParameterMissingEncoding.class, none));
    ConnectorFixture other =
        ConnectorFixture.named("Contoso Tasks")
            .swagger(s -> param(s).put("x-ms-url-encoding", "none"));
    assertEquals(
        List.of(
            List.of(
                "PathParameterMissingEncoding",
                OP + "/parameters/0",
                "path parameter \"taskId\" has x-ms-url-encoding \"none\"; it should be"
                    + " \"single\"")),
        findings(PathParameterMissingEncoding.class, other));
  }

  @org.junit.jupiter.api.Test
  void aPathLevelPathParameterWithoutEncodingIsReportedOnce() {
    ConnectorFixture shared =
        ConnectorFixture.named("Contoso Tasks")
            .swagger(
                s -> {
                  pathItem(s).set("parameters", op(s).remove("parameters"));
                  pathItem(s).set("delete", op(s).deepCopy().put("operationId", "DeleteTask"));
                  ((ObjectNode) pathItem(s).get("parameters").get(0)).remove("x-ms-url-encoding");
                });
    assertEquals(
        List.of(
            List.of(
                "PathParameterMissingEncoding",
                "/paths/~1tasks~1{taskId}/parameters/0",
                "path parameter \"taskId\" has no x-ms-url-encoding; it should be \"single\"")),
        findings(PathParameterMissingEncoding.class, shared));
  }

  /**
   * 3E Events' shape: the webhook's delete operation, internal, with a path parameter that has
   * neither x-ms-summary nor description, and no description of its own.
   */
  private static ConnectorFixture internalDelete(boolean internal) {
    return ConnectorFixture.named("Contoso Tasks")
        .swagger(
            s -> {
              ObjectNode delete =
                  pathItem(s)
                      .putObject("delete")
                      .put("operationId", "DeleteSubscription")
                      .put("summary", "Delete a subscription");
              if (internal) {
                delete.put("x-ms-visibility", "internal");
              }
              delete
                  .putArray("parameters")
                  .addObject()
                  .put("name", "taskId")
                  .put("in", "path")
                  .put("required", true)
                  .put("type", "string")
                  .put("x-ms-url-encoding", "single");
              delete.putObject("responses").putObject("200").put("description", "OK");
            });
  }

  @org.junit.jupiter.api.Test
  void anInternalOperationAndItsParametersNeedNoLabelOrDescription() {
    assertEquals(List.of(), findings(ParameterSummaryMissing.class, internalDelete(true)));
    assertEquals(List.of(), findings(DescriptionMissing.class, internalDelete(true)));
    String delete = "/paths/~1tasks~1{taskId}/delete";
    assertEquals(
        List.of(
            List.of(
                "ParameterSummaryMissing",
                delete + "/parameters/0",
                "parameter \"taskId\" has no x-ms-summary")),
        findings(ParameterSummaryMissing.class, internalDelete(false)));
    assertEquals(
        List.of(
            List.of("DescriptionMissing", delete, "DELETE /tasks/{taskId} has no description"),
            List.of(
                "DescriptionMissing",
                delete + "/parameters/0",
                "parameter \"taskId\" of DELETE /tasks/{taskId} has no description")),
        findings(DescriptionMissing.class, internalDelete(false)));
  }

  @org.junit.jupiter.api.Test
  void aPathLevelParameterIsExemptOnlyWhenEveryOperationOfItsPathIsInternal() {
    String at = "/paths/~1tasks~1{taskId}/parameters/0";
    ConnectorFixture oneVisible = withPathLevelParameter(p -> p.put("name", "tenant"));
    assertEquals(
        List.of(List.of("ParameterSummaryMissing", at, "parameter \"tenant\" has no x-ms-summary")),
        findings(ParameterSummaryMissing.class, oneVisible));
    assertEquals(
        List.of(
            List.of(
                "DescriptionMissing",
                at,
                "parameter \"tenant\" of path /tasks/{taskId} has no description")),
        findings(DescriptionMissing.class, oneVisible));
    ConnectorFixture allInternal =
        withPathLevelParameter(p -> p.put("name", "tenant"))
            .swagger(
                s -> {
                  op(s).put("x-ms-visibility", "internal");
                  ((ObjectNode) pathItem(s).get("delete")).put("x-ms-visibility", "internal");
                });
    assertEquals(List.of(), findings(ParameterSummaryMissing.class, allInternal));
    assertEquals(List.of(), findings(DescriptionMissing.class, allInternal));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void quietOnTheCleanFixtureAndFiresWhereItBreaks(
      String name, Class<? extends Rule> rule, Consumer<ObjectNode> breakIt, String pointer) {
    RuleTester.assertQuietThenFiresAt(
        rule, () -> ConnectorFixture.named("Contoso Tasks"), breakIt, pointer);
  }
}
