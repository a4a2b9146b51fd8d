package census.rules.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import census.rules.Finding;
import census.rules.Rule;
import census.rules.info.FieldLengthExceeded;
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
 * The validator's path, operation-family and request-content rules: each quiet on the clean fixture
 * and firing at the expected pointer on a fixture edited to break it.
 */
class PathAndRevisionRulesTest {
  static final String PATH = "/paths/~1tasks~1{taskId}";
  static final String OP = PATH + "/get";
  static final String POST = PATH + "/post";

  static ObjectNode op(ObjectNode swagger) {
    return (ObjectNode) swagger.at(OP);
  }

  static ObjectNode paths(ObjectNode swagger) {
    return swagger.withObject("paths");
  }

  /** A POST beside the fixture's GET, with the same path parameter and a new operationId. */
  static ObjectNode post(ObjectNode swagger, String operationId) {
    ObjectNode post = op(swagger).deepCopy().put("operationId", operationId);
    ((ObjectNode) paths(swagger).get("/tasks/{taskId}")).set("post", post);
    return post;
  }

  static ObjectNode addParam(ObjectNode operation, String name, String in) {
    return operation
        .withArray("parameters")
        .addObject()
        .put("name", name)
        .put("in", in)
        .put("x-ms-summary", "X")
        .put("description", "An X.");
  }

  static ObjectNode annotate(ObjectNode operation, String family, Integer revision) {
    ObjectNode a = operation.putObject("x-ms-api-annotation").put("family", family);
    if (revision != null) {
      a.put("revision", revision);
    }
    return a;
  }

  /** Three operations of family GetTask: the GET and two more under /tasks/{taskId}/vN. */
  static void family(ObjectNode s, Integer... revisions) {
    annotate(op(s), "GetTask", revisions[0]);
    for (int i = 1; i < revisions.length; i++) {
      ObjectNode copy = op(s).deepCopy().put("operationId", "GetTaskV" + (i + 1));
      annotate(copy, "GetTask", revisions[i]);
      paths(s).putObject("/tasks/{taskId}/v" + (i + 1)).set("get", copy);
    }
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        c(
            DuplicateOperationPath.class,
            s -> paths(s).putObject("/tasks/{id}").set("get", op(s).deepCopy()),
            "/paths/~1tasks~1{id}/get"),
        c(
            PartialDuplicateOperationPath.class,
            s -> paths(s).putObject("/tasks/count").set("get", op(s).deepCopy()),
            OP),
        c(
            PathRedefined.class,
            s -> paths(s).putObject("/Tasks/{taskId}").set("get", op(s).deepCopy()),
            "/paths/~1Tasks~1{taskId}"),
        c(
            OperationPathContainsUnsupportedCharacters.class,
            s -> paths(s).putObject("/tasks/*"),
            "/paths/~1tasks~1*"),
        c(
            OperationPathMayNotContainQueryOrFragment.class,
            s -> paths(s).putObject("/tasks#all"),
            "/paths/~1tasks#all"),
        c(
            OperationPathTemplateNotValid.class,
            s -> paths(s).putObject("/tasks/{a/b}"),
            "/paths/~1tasks~1{a~1b}"),
        c(
            OperationPathVariablesContainDefaults.class,
            s -> paths(s).putObject("/tasks/{page=1}"),
            "/paths/~1tasks~1{page=1}"),
        c(
            PathItemRefNotSuppored.class,
            s -> paths(s).putObject("/other").put("$ref", "#/paths/~1tasks~1{taskId}"),
            "/paths/~1other/$ref"),
        c(
            ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations.class,
            s ->
                annotate(op(s), "GetTask", 1)
                    .putObject("replacement")
                    .put("api", "contoso")
                    .put("operationId", "GetTaskV2"),
            OP + "/x-ms-api-annotation/replacement"),
        c(
            ApiAnnotationExtensionReplacementInfoMissingApiProperty.class,
            s ->
                annotate(op(s).put("deprecated", true), "GetTask", 1)
                    .putObject("replacement")
                    .put("operationId", "GetTaskV2"),
            OP + "/x-ms-api-annotation/replacement"),
        c(
            ApiAnnotationExtensionReplacementInfoMissingOperationIdProperty.class,
            s ->
                annotate(op(s).put("deprecated", true), "GetTask", 1)
                    .putObject("replacement")
                    .put("api", "contoso"),
            OP + "/x-ms-api-annotation/replacement"),
        c(
            OperationFamilyHasDuplicateRevisions.class,
            s -> family(s, 1, 1),
            "/paths/~1tasks~1{taskId}~1v2/get/x-ms-api-annotation/revision"),
        c(
            OperationFamilyHasManyActiveOperations.class,
            s -> family(s, 1, 2, 3),
            "/paths/~1tasks~1{taskId}~1v3/get/x-ms-api-annotation"),
        c(
            OperationFamilyHasManyEmptyRevisions.class,
            s -> family(s, null, null),
            "/paths/~1tasks~1{taskId}~1v2/get/x-ms-api-annotation"),
        c(
            OperationRevisionEmpty.class,
            s -> annotate(op(s), "GetTask", null),
            OP + "/x-ms-api-annotation"),
        c(
            OperationIdShouldEndWithRevision.class,
            s -> annotate(op(s), "GetTask", 2),
            OP + "/operationId"),
        c(
            OperationSummaryTooLong.class,
            s -> op(s).put("summary", "Get a task " + "a".repeat(70)),
            OP + "/summary"),
        c(
            ConsumesMissing.class,
            s -> {
              s.remove("consumes");
              addParam(post(s, "UpdateTask"), "name", "formData").put("type", "string");
            },
            POST),
        c(
            MimeTypeNotSupported.class,
            s -> s.withArray("consumes").add("application/*+json"),
            "/consumes/1"),
        c(
            MimeTypeNotCompatibleWithRequestContentSchemaType.class,
            s -> addParam(post(s, "UpdateTask"), "name", "formData").put("type", "string"),
            POST + "/parameters/1"),
        c(
            StringBinaryNotSupportedForFormUrlEncoded.class,
            s -> {
              ObjectNode post = post(s, "UploadTask");
              post.putArray("consumes").add("application/x-www-form-urlencoded");
              addParam(post, "file", "formData").put("type", "string").put("format", "binary");
            },
            POST + "/parameters/1"));
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
  void routesDifferingOnlyByATrailingSlashOrMethodAreDistinct() {
    assertEquals(
        List.of(),
        check(
            DuplicateOperationPath.class,
            s -> paths(s).putObject("/tasks/{taskId}/").set("get", op(s).deepCopy())));
    assertEquals(
        List.of(),
        check(
            DuplicateOperationPath.class,
            s -> paths(s).putObject("/tasks/{id}").set("delete", op(s).deepCopy())));
    assertEquals(
        List.of(),
        check(
            PartialDuplicateOperationPath.class,
            s -> paths(s).putObject("/tasks/count").set("post", op(s).deepCopy())));
    assertEquals(
        List.of(),
        check(
            PathRedefined.class,
            s -> paths(s).putObject("/tasks/{TaskId}x").set("get", op(s).deepCopy())));
  }

  @Test
  void encodedCharactersAndWellFormedTemplatesPass() {
    for (String path : List.of("/tasks%3Fall", "/files/{folder}.{ext}", "/a/{b}/c%7Bd")) {
      for (Class<? extends Rule> rule :
          List.of(
              OperationPathMayNotContainQueryOrFragment.class,
              OperationPathTemplateNotValid.class,
              OperationPathVariablesContainDefaults.class)) {
        assertEquals(List.of(), check(rule, s -> paths(s).putObject(path)), rule + " " + path);
      }
    }
    assertEquals(
        "unclosed",
        check(OperationPathTemplateNotValid.class, s -> paths(s).putObject("/a/{b"))
                .get(0)
                .message()
                .endsWith("is not closed")
            ? "unclosed"
            : "other");
  }

  @Test
  void familiesWithinTheirLimitsPass() {
    assertEquals(
        List.of(), check(OperationFamilyHasManyActiveOperations.class, s -> family(s, 1, 2)));
    assertEquals(
        List.of(),
        check(
            OperationFamilyHasManyActiveOperations.class,
            s -> {
              family(s, 1, 2, 3);
              op(s).put("deprecated", true);
            }));
    assertEquals(
        List.of(), check(OperationFamilyHasManyEmptyRevisions.class, s -> family(s, null, 2)));
    assertEquals(
        List.of(), check(OperationFamilyHasDuplicateRevisions.class, s -> family(s, 1, 2)));
    assertEquals(
        List.of(),
        check(
            ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations.class,
            s ->
                annotate(op(s).put("deprecated", true), "GetTask", 1)
                    .putObject("replacement")
                    .put("api", "contoso")
                    .put("operationId", "GetTaskV2")));
  }

  @Test
  void revisionSuffixMayCarryAnUnderscoreAndAnyCase() {
    for (String id : List.of("GetTaskV2", "GetTask_v2")) {
      assertEquals(
          List.of(),
          check(
              OperationIdShouldEndWithRevision.class,
              s -> annotate(op(s).put("operationId", id), "GetTask", 2)),
          id);
    }
    assertEquals(
        List.of(),
        check(OperationIdShouldEndWithRevision.class, s -> annotate(op(s), "GetTask", 1)));
    assertEquals(
        1,
        check(
                OperationIdShouldEndWithRevision.class,
                s -> annotate(op(s).put("operationId", "GetTaskV12"), "GetTask", 2))
            .size());
  }

  @Test
  void summaryLimitIsEightyCharactersAndNoLongerFieldLengthExceededs() {
    Consumer<ObjectNode> eighty = s -> op(s).put("summary", "Get a task " + "a".repeat(69));
    Consumer<ObjectNode> eightyOne = s -> op(s).put("summary", "Get a task " + "a".repeat(70));
    assertEquals(List.of(), check(OperationSummaryTooLong.class, eighty));
    assertEquals(
        "summary of GET /tasks/{taskId} is 81 characters; the limit is 80",
        check(OperationSummaryTooLong.class, eightyOne).get(0).message());
    assertEquals(List.of(), check(FieldLengthExceeded.class, eightyOne));
  }

  @Test
  void requestContentRulesAcceptMatchingTypes() {
    assertEquals(
        List.of(),
        check(
            ConsumesMissing.class,
            s -> {
              s.remove("consumes");
              post(s, "UpdateTask").putArray("consumes").add("multipart/form-data");
              addParam((ObjectNode) s.at(POST), "name", "formData").put("type", "string");
            }));
    assertEquals(
        List.of(),
        check(
            ConsumesMissing.class,
            s -> {
              s.putArray("consumes");
              addParam(post(s, "UpdateTask"), "body", "body").putObject("schema");
            }),
        "a body without consumes is sent as JSON");
    assertEquals(
        List.of(),
        check(
            MimeTypeNotCompatibleWithRequestContentSchemaType.class,
            s -> {
              ObjectNode post = post(s, "UpdateTask");
              post.putArray("consumes").add("multipart/form-data");
              addParam(post, "name", "formData").put("type", "string");
            }));
    assertEquals(
        List.of(),
        check(
            StringBinaryNotSupportedForFormUrlEncoded.class,
            s -> {
              ObjectNode post = post(s, "UploadTask");
              post.putArray("consumes")
                  .add("application/x-www-form-urlencoded")
                  .add("multipart/form-data");
              addParam(post, "file", "formData").put("type", "string").put("format", "binary");
            }));
    for (String ok : List.of("application/json; charset=utf-8", "application/vnd.api+json")) {
      assertEquals(
          List.of(), check(MimeTypeNotSupported.class, s -> s.withArray("consumes").add(ok)), ok);
    }
    assertEquals(
        List.of(), check(MimeTypeNotSupported.class, s -> s.withArray("produces").add("*/*")));
    assertEquals(
        1, check(MimeTypeNotSupported.class, s -> s.withArray("produces").add("json/text")).size());
  }
}
