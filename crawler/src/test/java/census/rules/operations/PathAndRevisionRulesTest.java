package census.rules.operations;

import static census.testing.RuleCases.Expected.at;

import census.rules.info.FieldLengthExceeded;
import census.testing.ConnectorFixture;
import census.testing.RuleCaseSource;
import census.testing.RuleCases;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;

/** The validator's path, operation-family and request-content rules' valid and invalid cases. */
class PathAndRevisionRulesTest implements RuleCaseSource {
  static final String PATH = "/paths/~1tasks~1{taskId}";
  static final String OP = PATH + "/get";
  static final String POST = PATH + "/post";

  /** Paths with an encoded character or a well-formed template, which no path rule minds. */
  private static final List<String> WELL_FORMED =
      List.of("/tasks%3Fall", "/files/{folder}.{ext}", "/a/{b}/c%7Bd");

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

  /** The clean fixture, then {@code edit} applied to its definition. */
  private static ConnectorFixture tasks(Consumer<ObjectNode> edit) {
    return ConnectorFixture.named("Contoso Tasks").swagger(edit);
  }

  /** The GET, deprecated, with a replacement that {@code fill} completes. */
  private static ConnectorFixture replaced(boolean deprecated, Consumer<ObjectNode> fill) {
    return tasks(
        s ->
            fill.accept(
                annotate(op(s).put("deprecated", deprecated), "GetTask", 1)
                    .putObject("replacement")));
  }

  /** A POST with one formData parameter "name"; {@code edit} then sets the content types. */
  private static ConnectorFixture formPost(Consumer<ObjectNode> edit) {
    return tasks(
        s -> {
          addParam(post(s, "UpdateTask"), "name", "formData").put("type", "string");
          edit.accept(s);
        });
  }

  /** A POST with a binary formData parameter "file", sent as {@code consumes}. */
  private static ConnectorFixture upload(String... consumes) {
    return tasks(
        s -> {
          ObjectNode post = post(s, "UploadTask");
          for (String type : consumes) {
            post.withArray("consumes").add(type);
          }
          addParam(post, "file", "formData").put("type", "string").put("format", "binary");
        });
  }

  /** {@code rule} with a valid case for each of the well-formed paths. */
  private static RuleCases wellFormedPathsPass(RuleCases rule) {
    for (String path : WELL_FORMED) {
      rule.valid("the path " + path, tasks(s -> paths(s).putObject(path)));
    }
    return rule;
  }

  @Override
  public List<RuleCases> ruleCases() {
    return List.of(
        RuleCases.of(DuplicateOperationPath.class)
            .valid(
                "a trailing slash",
                tasks(s -> paths(s).putObject("/tasks/{taskId}/").set("get", op(s).deepCopy())))
            .valid(
                "another method",
                tasks(s -> paths(s).putObject("/tasks/{id}").set("delete", op(s).deepCopy())))
            .invalid(
                "a GET on the same route under another variable name",
                tasks(s -> paths(s).putObject("/tasks/{id}").set("get", op(s).deepCopy())),
                at(
                    "/paths/~1tasks~1{id}/get",
                    "GET /tasks/{id} cannot be told apart from GET /tasks/{taskId}")),
        RuleCases.of(PartialDuplicateOperationPath.class)
            .valid(
                "a POST on a literal beside the variable",
                tasks(s -> paths(s).putObject("/tasks/count").set("post", op(s).deepCopy())))
            .invalid(
                "a GET on a literal beside the variable",
                tasks(s -> paths(s).putObject("/tasks/count").set("get", op(s).deepCopy())),
                at(
                    OP,
                    "GET /tasks/{taskId} can be routed to the operation of /tasks/count when a path parameter's value matches its static segment")),
        RuleCases.of(PathRedefined.class)
            .valid(
                "a path that differs by more than case",
                tasks(s -> paths(s).putObject("/tasks/{TaskId}x").set("get", op(s).deepCopy())))
            .invalid(
                "a path that differs only by case",
                tasks(s -> paths(s).putObject("/Tasks/{taskId}").set("get", op(s).deepCopy())),
                at(
                    "/paths/~1Tasks~1{taskId}",
                    "path /Tasks/{taskId} is also defined as /tasks/{taskId}")),
        RuleCases.of(OperationPathContainsUnsupportedCharacters.class)
            .valid("an encoded character", tasks(s -> paths(s).putObject("/tasks%2Aall")))
            .invalid(
                "an asterisk",
                tasks(s -> paths(s).putObject("/tasks/*")),
                at("/paths/~1tasks~1*", "path /tasks/* contains the wildcard character *")),
        wellFormedPathsPass(RuleCases.of(OperationPathMayNotContainQueryOrFragment.class))
            .invalid(
                "a fragment",
                tasks(s -> paths(s).putObject("/tasks#all")),
                at("/paths/~1tasks#all", "path /tasks#all contains an unencoded '#'")),
        wellFormedPathsPass(RuleCases.of(OperationPathTemplateNotValid.class))
            .invalid(
                "a slash in a variable",
                tasks(s -> paths(s).putObject("/tasks/{a/b}")),
                at(
                    "/paths/~1tasks~1{a~1b}",
                    "path /tasks/{a/b}: the variable opened at 7 spans a '/'"))
            .invalid(
                "an unclosed variable",
                tasks(s -> paths(s).putObject("/a/{b")),
                at("/paths/~1a~1{b", "path /a/{b: the variable opened at 3 is not closed")),
        wellFormedPathsPass(RuleCases.of(OperationPathVariablesContainDefaults.class))
            .invalid(
                "a default in a variable",
                tasks(s -> paths(s).putObject("/tasks/{page=1}")),
                at("/paths/~1tasks~1{page=1}", "path variable {page=1} sets a default")),
        RuleCases.of(PathItemRefNotSuppored.class)
            .valid(
                "a path item of its own",
                tasks(
                    s ->
                        paths(s)
                            .putObject("/other")
                            .set("get", op(s).deepCopy().put("operationId", "GetOther"))))
            .invalid(
                "a path item that is a reference",
                tasks(s -> paths(s).putObject("/other").put("$ref", "#/paths/~1tasks~1{taskId}")),
                at("/paths/~1other/$ref", "path item /other is a $ref")),
        RuleCases.of(ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations.class)
            .valid(
                "a deprecated operation's replacement",
                replaced(true, r -> r.put("api", "contoso").put("operationId", "GetTaskV2")))
            .invalid(
                "a current operation's replacement",
                replaced(false, r -> r.put("api", "contoso").put("operationId", "GetTaskV2")),
                at(
                    OP + "/x-ms-api-annotation/replacement",
                    "GetTask names a replacement but is not deprecated")),
        RuleCases.of(ApiAnnotationExtensionReplacementInfoMissingApiProperty.class)
            .valid(
                "a replacement with api",
                replaced(true, r -> r.put("api", "contoso").put("operationId", "GetTaskV2")))
            .invalid(
                "a replacement without api",
                replaced(true, r -> r.put("operationId", "GetTaskV2")),
                at(
                    OP + "/x-ms-api-annotation/replacement",
                    "the replacement of GetTask does not name its api")),
        RuleCases.of(ApiAnnotationExtensionReplacementInfoMissingOperationIdProperty.class)
            .valid(
                "a replacement with operationId",
                replaced(true, r -> r.put("api", "contoso").put("operationId", "GetTaskV2")))
            .invalid(
                "a replacement without operationId",
                replaced(true, r -> r.put("api", "contoso")),
                at(
                    OP + "/x-ms-api-annotation/replacement",
                    "the replacement of GetTask does not name its operationId")),
        RuleCases.of(OperationFamilyHasDuplicateRevisions.class)
            .valid("revisions 1 and 2", tasks(s -> family(s, 1, 2)))
            .invalid(
                "revision 1 twice",
                tasks(s -> family(s, 1, 1)),
                at(
                    "/paths/~1tasks~1{taskId}~1v2/get/x-ms-api-annotation/revision",
                    "family GetTask has revision 1 twice")),
        RuleCases.of(OperationFamilyHasManyActiveOperations.class)
            .valid("two active revisions", tasks(s -> family(s, 1, 2)))
            .valid(
                "three revisions, the first deprecated",
                tasks(
                    s -> {
                      family(s, 1, 2, 3);
                      op(s).put("deprecated", true);
                    }))
            .invalid(
                "three active revisions",
                tasks(s -> family(s, 1, 2, 3)),
                at(
                    "/paths/~1tasks~1{taskId}~1v3/get/x-ms-api-annotation",
                    "family GetTask has 3 operations that are not deprecated; at most two are allowed")),
        RuleCases.of(OperationFamilyHasManyEmptyRevisions.class)
            .valid("one empty revision", tasks(s -> family(s, null, 2)))
            .invalid(
                "two empty revisions",
                tasks(s -> family(s, null, null)),
                at(
                    "/paths/~1tasks~1{taskId}~1v2/get/x-ms-api-annotation",
                    "family GetTask has 2 operations without revision")),
        RuleCases.of(OperationRevisionEmpty.class)
            .valid("a family with a revision", tasks(s -> annotate(op(s), "GetTask", 1)))
            .invalid(
                "a family without revision",
                tasks(s -> annotate(op(s), "GetTask", null)),
                at(OP + "/x-ms-api-annotation", "GetTask in family GetTask has no revision")),
        RuleCases.of(OperationIdShouldEndWithRevision.class)
            .valid(
                "V2 for revision 2",
                tasks(s -> annotate(op(s).put("operationId", "GetTaskV2"), "GetTask", 2)))
            .valid(
                "_v2 for revision 2",
                tasks(s -> annotate(op(s).put("operationId", "GetTask_v2"), "GetTask", 2)))
            .valid("no suffix for revision 1", tasks(s -> annotate(op(s), "GetTask", 1)))
            .invalid(
                "no suffix for revision 2",
                tasks(s -> annotate(op(s), "GetTask", 2)),
                at(
                    OP + "/operationId",
                    "operationId GetTask has revision 2 but does not end with V2"))
            .invalid(
                "V12 for revision 2",
                tasks(s -> annotate(op(s).put("operationId", "GetTaskV12"), "GetTask", 2)),
                at(
                    OP + "/operationId",
                    "operationId GetTaskV12 has revision 2 but does not end with V2")),
        RuleCases.of(OperationSummaryTooLong.class)
            .valid(
                "80 characters", tasks(s -> op(s).put("summary", "Get a task " + "a".repeat(69))))
            .invalid(
                "81 characters",
                tasks(s -> op(s).put("summary", "Get a task " + "a".repeat(70))),
                at(
                    OP + "/summary",
                    "summary of GET /tasks/{taskId} is 81 characters; the limit is 80")),
        // An operation's summary is no longer FieldLengthExceeded's: OperationSummaryTooLong's.
        RuleCases.of(FieldLengthExceeded.class)
            .valid(
                "a summary of 81 characters",
                tasks(s -> op(s).put("summary", "Get a task " + "a".repeat(70)))),
        RuleCases.of(ConsumesMissing.class)
            .valid(
                "a form with the operation's consumes",
                formPost(
                    s -> {
                      s.remove("consumes");
                      ((ObjectNode) s.at(POST)).putArray("consumes").add("multipart/form-data");
                    }))
            .valid(
                "a body without consumes is sent as JSON",
                tasks(
                    s -> {
                      s.putArray("consumes");
                      addParam(post(s, "UpdateTask"), "body", "body").putObject("schema");
                    }))
            .invalid(
                "a form without consumes",
                formPost(s -> s.remove("consumes")),
                at(POST, "POST /tasks/{taskId} sends form data but consumes no MIME type")),
        RuleCases.of(MimeTypeNotSupported.class)
            .valid(
                "JSON with a charset",
                tasks(s -> s.withArray("consumes").add("application/json; charset=utf-8")))
            .valid(
                "a JSON vendor type",
                tasks(s -> s.withArray("consumes").add("application/vnd.api+json")))
            .valid("any type produced", tasks(s -> s.withArray("produces").add("*/*")))
            .invalid(
                "a wildcard suffix consumed",
                tasks(s -> s.withArray("consumes").add("application/*+json")),
                at(
                    "/consumes/1",
                    "application/*+json in consumes is not supported: a request is sent as one concrete type, not a range"))
            .invalid(
                "an unknown type produced",
                tasks(s -> s.withArray("produces").add("json/text")),
                at(
                    "/produces/1",
                    "json/text in produces is not supported: \"json\" is not a registered top-level type")),
        RuleCases.of(MimeTypeNotCompatibleWithRequestContentSchemaType.class)
            .valid(
                "a form sent as multipart",
                formPost(
                    s -> ((ObjectNode) s.at(POST)).putArray("consumes").add("multipart/form-data")))
            .invalid(
                "a form sent as JSON",
                formPost(s -> {}),
                at(
                    POST + "/parameters/1",
                    "formData parameter \"name\" cannot be sent as application/json")),
        RuleCases.of(StringBinaryNotSupportedForFormUrlEncoded.class)
            .valid(
                "a file that may go as multipart",
                upload("application/x-www-form-urlencoded", "multipart/form-data"))
            .invalid(
                "a file sent URL-encoded only",
                upload("application/x-www-form-urlencoded"),
                at(
                    POST + "/parameters/1",
                    "string/binary parameter \"file\" in an operation consuming application/x-www-form-urlencoded")));
  }
}
