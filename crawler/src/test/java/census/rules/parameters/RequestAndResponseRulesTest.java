package census.rules.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import census.rules.Finding;
import census.rules.Rule;
import census.rules.responses.OperationHasManyResponsesWithSchema;
import census.rules.responses.ResponseExampleMustBeProducedByOperation;
import census.rules.responses.ResponseHeadersAreNotUnique;
import census.rules.responses.ResponseRefLoopNotAllowed;
import census.rules.responses.ResponseReferenceNotFound;
import census.testing.ConnectorFixture;
import census.testing.RuleTester;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator's parameter and response rules: each quiet on the clean fixture and firing at the
 * expected pointer on a fixture edited to break it.
 */
class RequestAndResponseRulesTest {
  static final String PATH = "/paths/~1tasks~1{taskId}";
  static final String OP = PATH + "/get";
  static final String POST = PATH + "/post";

  static ObjectNode op(ObjectNode swagger) {
    return (ObjectNode) swagger.at(OP);
  }

  static ObjectNode pathItem(ObjectNode swagger) {
    return (ObjectNode) swagger.get("paths").get("/tasks/{taskId}");
  }

  static ObjectNode param(ObjectNode swagger) {
    return (ObjectNode) swagger.at(OP + "/parameters/0");
  }

  static ObjectNode ok(ObjectNode swagger) {
    return (ObjectNode) swagger.at(OP + "/responses/200");
  }

  /** A POST beside the fixture's GET, with the same path parameter and a new operationId. */
  static ObjectNode post(ObjectNode swagger, String operationId) {
    ObjectNode post = op(swagger).deepCopy().put("operationId", operationId);
    pathItem(swagger).set("post", post);
    return post;
  }

  static ObjectNode addParam(ObjectNode owner, String name, String in) {
    return owner
        .withArray("parameters")
        .addObject()
        .put("name", name)
        .put("in", in)
        .put("x-ms-summary", "X")
        .put("description", "An X.");
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        c(
            AllowEmptyValueOnlyValidForQueryFormData.class,
            s -> param(s).put("allowEmptyValue", true),
            OP + "/parameters/0/allowEmptyValue"),
        c(
            BodyParameterPropertyNotValid.class,
            s -> {
              ObjectNode body = addParam(post(s, "UpdateTask"), "body", "body");
              body.putObject("schema").put("type", "object");
              body.put("type", "object");
            },
            POST + "/parameters/1/type"),
        c(
            CollectionFormatValueNotSupported.class,
            s ->
                addParam(op(s), "tags", "query")
                    .put("type", "array")
                    .put("collectionFormat", "pipes")
                    .putObject("items")
                    .put("type", "string"),
            OP + "/parameters/1/collectionFormat"),
        c(
            InvalidFormDataParameterName.class,
            s -> {
              ObjectNode post = post(s, "UpdateTask");
              post.putArray("consumes").add("multipart/form-data");
              addParam(post, "Größe", "formData").put("type", "string");
            },
            POST + "/parameters/1/name"),
        c(
            OperationParametersAreNotUnique.class,
            s -> addParam(op(s), "taskId", "query").put("type", "string"),
            OP + "/parameters/1"),
        c(
            ParameterListContainsFormDataAndBody.class,
            s -> {
              ObjectNode post = post(s, "UpdateTask");
              addParam(post, "body", "body").putObject("schema").put("type", "object");
              addParam(post, "name", "formData").put("type", "string");
            },
            POST + "/parameters/2"),
        c(
            ParameterRefLoopNotAllowed.class,
            s -> {
              s.withObject("parameters").set("taskId", param(s).deepCopy());
              s.withObject("parameters").putObject("alias").put("$ref", "#/parameters/taskId");
            },
            "/parameters/alias/$ref"),
        c(
            ParameterReferenceNotValid.class,
            s -> op(s).withArray("parameters").addObject().put("$ref", "#/definitions/Task"),
            OP + "/parameters/1/$ref"),
        c(
            ParamtersWithSameNameMustHaveSameTypeAndVisibility.class,
            s -> {
              ObjectNode subscribe = post(s, "Subscribe");
              ((ObjectNode) subscribe.at("/parameters/0")).put("type", "integer");
              op(s).putObject("x-ms-notification").put("operationId", "Subscribe");
            },
            OP + "/parameters/0"),
        c(
            PathParametersContainDuplicateParameter.class,
            s -> {
              pathItem(s).withArray("parameters").add(param(s).deepCopy());
              pathItem(s).withArray("parameters").add(param(s).deepCopy());
            },
            PATH + "/parameters/1"),
        c(
            PathParametersContainMultipleBodyParameters.class,
            s -> {
              addParam(pathItem(s), "a", "body").putObject("schema");
              addParam(pathItem(s), "b", "body").putObject("schema");
            },
            PATH + "/parameters/1"),
        c(
            OperationMissingRequiredProperty.class,
            s -> {
              ObjectNode list = op(s).deepCopy().put("operationId", "ListScopes");
              list.putArray("parameters")
                  .addObject()
                  .put("name", "scope")
                  .put("in", "query")
                  .put("required", true)
                  .put("type", "string");
              s.withObject("paths").putObject("/scopes").set("get", list);
              param(s)
                  .putObject("x-ms-dynamic-values")
                  .put("operationId", "ListScopes")
                  .put("value-path", "id")
                  .putObject("parameters");
            },
            OP + "/parameters/0/x-ms-dynamic-values"),
        c(
            OperationHasManyResponsesWithSchema.class,
            s ->
                op(s)
                    .withObject("responses")
                    .putObject("201")
                    .put("description", "Created")
                    .putObject("schema")
                    .put("type", "object"),
            OP + "/responses/201"),
        c(
            ResponseExampleMustBeProducedByOperation.class,
            s -> ok(s).putObject("examples").putObject("text/xml"),
            OP + "/responses/200/examples/text~1xml"),
        c(
            ResponseHeadersAreNotUnique.class,
            s -> {
              ObjectNode headers = ok(s).putObject("headers");
              headers.putObject("X-Id").put("type", "string");
              headers.putObject("x-id").put("type", "string");
            },
            OP + "/responses/200/headers/x-id"),
        c(
            ResponseRefLoopNotAllowed.class,
            s -> {
              s.withObject("responses").set("Ok", ok(s).deepCopy());
              s.withObject("responses").putObject("Alias").put("$ref", "#/responses/Ok");
            },
            "/responses/Alias/$ref"),
        c(
            ResponseReferenceNotFound.class,
            s -> op(s).withObject("responses").putObject("404").put("$ref", "#/responses/Missing"),
            OP + "/responses/404/$ref"));
  }

  static Arguments c(Class<? extends Rule> rule, Consumer<ObjectNode> breakIt, String pointer) {
    return Arguments.of(rule.getSimpleName(), rule, breakIt, pointer);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void quietOnTheCleanFixtureAndFiresWhereItBreaks(
      String name, Class<? extends Rule> rule, Consumer<ObjectNode> breakIt, String pointer) {
    RuleTester.assertQuietThenFiresAt(
        rule, () -> ConnectorFixture.named("Contoso Tasks"), breakIt, pointer);
  }

  static List<Finding> check(Class<? extends Rule> rule, Consumer<ObjectNode> edit) {
    return RuleTester.check(rule, ConnectorFixture.named("Contoso Tasks").swagger(edit));
  }

  @Test
  void aMalformedReferenceIsNotAlsoReportedAsNotFound() {
    Consumer<ObjectNode> remote =
        s -> op(s).withArray("parameters").addObject().put("$ref", "other.json#/parameters/a");
    assertEquals(1, check(ParameterReferenceNotValid.class, remote).size());
    assertEquals(List.of(), check(ParameterReferenceNotFound.class, remote));
    assertEquals(
        List.of(),
        check(
            ParameterReferenceNotValid.class,
            s -> {
              s.withObject("parameters").set("a~b", param(s).deepCopy());
              op(s).withArray("parameters").addObject().put("$ref", "#/parameters/a~0b");
            }));
  }

  @Test
  void twoBodiesOnThePathItemAreReportedOnceThere() {
    Consumer<ObjectNode> twoBodies =
        s -> {
          addParam(pathItem(s), "a", "body").putObject("schema");
          addParam(pathItem(s), "b", "body").putObject("schema");
        };
    assertEquals(1, check(PathParametersContainMultipleBodyParameters.class, twoBodies).size());
    assertEquals(
        List.of(), check(OperationParametersContainMultipleBodyParameters.class, twoBodies));
  }

  @Test
  void anOverriddenPathParameterIsNotADuplicateName() {
    assertEquals(
        List.of(),
        check(
            OperationParametersAreNotUnique.class,
            s -> pathItem(s).withArray("parameters").add(param(s).deepCopy())));
  }

  @Test
  void sharedParametersAreCheckedOnceWhereTheyAreDefined() {
    List<Finding> found =
        check(
            AllowEmptyValueOnlyValidForQueryFormData.class,
            s -> {
              s.withObject("parameters")
                  .set("taskId", param(s).deepCopy().put("allowEmptyValue", true));
              op(s).putArray("parameters").addObject().put("$ref", "#/parameters/taskId");
              post(s, "UpdateTask");
            });
    assertEquals(
        List.of("/parameters/taskId/allowEmptyValue"),
        found.stream().map(Finding::jsonPointer).toList());
    assertEquals(
        List.of(),
        check(
            AllowEmptyValueOnlyValidForQueryFormData.class,
            s -> addParam(op(s), "q", "query").put("allowEmptyValue", true)));
  }

  @Test
  void dynamicCallsThatSupplyOrDefaultTheRequiredParametersPass() {
    for (boolean supplied : List.of(true, false)) {
      assertEquals(
          List.of(),
          check(
              OperationMissingRequiredProperty.class,
              s -> {
                ObjectNode list = op(s).deepCopy().put("operationId", "ListScopes");
                ObjectNode scope =
                    list.putArray("parameters")
                        .addObject()
                        .put("name", "scope")
                        .put("in", "query")
                        .put("required", true)
                        .put("type", "string");
                if (!supplied) {
                  scope.put("default", "all");
                }
                s.withObject("paths").putObject("/scopes").set("get", list);
                ObjectNode parameters =
                    param(s)
                        .putObject("x-ms-dynamic-values")
                        .put("operationId", "ListScopes")
                        .putObject("parameters");
                if (supplied) {
                  parameters.put("scope", "all");
                }
              }));
    }
  }

  @Test
  void onlySuccessSchemasCountAndExamplesOfProducedTypesPass() {
    assertEquals(
        List.of(),
        check(
            OperationHasManyResponsesWithSchema.class,
            s ->
                op(s)
                    .withObject("responses")
                    .putObject("400")
                    .put("description", "Bad")
                    .putObject("schema")
                    .put("type", "object")));
    assertEquals(
        List.of(),
        check(
            ResponseExampleMustBeProducedByOperation.class,
            s -> ok(s).putObject("examples").putObject("application/json; charset=utf-8")));
  }

  @Test
  void fetchAndSubscribeParametersThatAgreePass() {
    assertEquals(
        List.of(),
        check(
            ParamtersWithSameNameMustHaveSameTypeAndVisibility.class,
            s -> {
              post(s, "Subscribe");
              op(s).putObject("x-ms-notification").put("operationId", "Subscribe");
            }));
  }
}
