package census.rules.parameters;

import static census.testing.RuleCases.Expected.at;

import census.rules.responses.OperationHasManyResponsesWithSchema;
import census.rules.responses.ResponseExampleMustBeProducedByOperation;
import census.rules.responses.ResponseHeadersAreNotUnique;
import census.rules.responses.ResponseRefLoopNotAllowed;
import census.rules.responses.ResponseReferenceNotFound;
import census.testing.ConnectorFixture;
import census.testing.RuleCaseSource;
import census.testing.RuleCases;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;

/** The validator's parameter and response rules' valid and invalid cases. */
class RequestAndResponseRulesTest implements RuleCaseSource {
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

  /** The clean fixture, then {@code edit} applied to its definition. */
  private static ConnectorFixture tasks(Consumer<ObjectNode> edit) {
    return ConnectorFixture.named("Contoso Tasks").swagger(edit);
  }

  /** Two body parameters on the task path item, shared by its operations. */
  private static ConnectorFixture twoPathBodies() {
    return tasks(
        s -> {
          addParam(pathItem(s), "a", "body").putObject("schema");
          addParam(pathItem(s), "b", "body").putObject("schema");
        });
  }

  /** A reference to a parameter in another file, which this linter does not follow. */
  private static ConnectorFixture remoteParameter() {
    return tasks(
        s -> op(s).withArray("parameters").addObject().put("$ref", "other.json#/parameters/a"));
  }

  /**
   * The task id's dynamic values from a ListScopes operation with a required "scope" query
   * parameter; {@code scope} completes that parameter, {@code call} the dynamic call's parameters.
   */
  private static ConnectorFixture dynamicScopes(
      Consumer<ObjectNode> scope, Consumer<ObjectNode> call) {
    return tasks(
        s -> {
          ObjectNode list = op(s).deepCopy().put("operationId", "ListScopes");
          scope.accept(
              list.putArray("parameters")
                  .addObject()
                  .put("name", "scope")
                  .put("in", "query")
                  .put("required", true)
                  .put("type", "string"));
          s.withObject("paths").putObject("/scopes").set("get", list);
          call.accept(
              param(s)
                  .putObject("x-ms-dynamic-values")
                  .put("operationId", "ListScopes")
                  .put("value-path", "id")
                  .putObject("parameters"));
        });
  }

  /**
   * The GET's subscribe operation, a POST whose copy of the path parameter {@code edit} changes.
   */
  private static ConnectorFixture subscribe(Consumer<ObjectNode> edit) {
    return tasks(
        s -> {
          edit.accept((ObjectNode) post(s, "Subscribe").at("/parameters/0"));
          op(s).putObject("x-ms-notification").put("operationId", "Subscribe");
        });
  }

  @Override
  public List<RuleCases> ruleCases() {
    return List.of(
        RuleCases.of(AllowEmptyValueOnlyValidForQueryFormData.class)
            .valid(
                "a query parameter",
                tasks(s -> addParam(op(s), "q", "query").put("allowEmptyValue", true)))
            .invalid(
                "a path parameter",
                tasks(s -> param(s).put("allowEmptyValue", true)),
                at(
                    OP + "/parameters/0/allowEmptyValue",
                    "allowEmptyValue on path parameter \"taskId\""))
            .invalid(
                "a shared parameter, once where it is defined",
                tasks(
                    s -> {
                      s.withObject("parameters")
                          .set("taskId", param(s).deepCopy().put("allowEmptyValue", true));
                      op(s).putArray("parameters").addObject().put("$ref", "#/parameters/taskId");
                      post(s, "UpdateTask");
                    }),
                at(
                    "/parameters/taskId/allowEmptyValue",
                    "allowEmptyValue on path parameter \"taskId\"")),
        RuleCases.of(BodyParameterPropertyNotValid.class)
            .valid(
                "a body with a schema only",
                tasks(
                    s ->
                        addParam(post(s, "UpdateTask"), "body", "body")
                            .putObject("schema")
                            .put("type", "object")))
            .invalid(
                "a body with a type beside its schema",
                tasks(
                    s -> {
                      ObjectNode body = addParam(post(s, "UpdateTask"), "body", "body");
                      body.putObject("schema").put("type", "object");
                      body.put("type", "object");
                    }),
                at(
                    POST + "/parameters/1/type",
                    "body parameter \"body\" uses type outside its schema")),
        RuleCases.of(CollectionFormatValueNotSupported.class)
            .valid("csv", tasks(s -> tags(s, "csv")))
            .invalid(
                "pipes",
                tasks(s -> tags(s, "pipes")),
                at(
                    OP + "/parameters/1/collectionFormat",
                    "collectionFormat \"pipes\" of parameter \"tags\" is not supported")),
        RuleCases.of(InvalidFormDataParameterName.class)
            .valid("an ASCII name", form("Size"))
            .invalid(
                "a name with non-ASCII letters",
                form("Größe"),
                at(
                    POST + "/parameters/1/name",
                    "formData parameter name \"Größe\" is not US-ASCII")),
        RuleCases.of(OperationParametersAreNotUnique.class)
            .valid(
                "an operation overriding a path-level parameter",
                tasks(s -> pathItem(s).withArray("parameters").add(param(s).deepCopy())))
            .invalid(
                "the path parameter's name again in the query",
                tasks(s -> addParam(op(s), "taskId", "query").put("type", "string")),
                at(
                    OP + "/parameters/1",
                    "parameter \"taskId\" in query has the name of a parameter in path")),
        RuleCases.of(ParameterListContainsFormDataAndBody.class)
            .valid(
                "a body only",
                tasks(
                    s ->
                        addParam(post(s, "UpdateTask"), "body", "body")
                            .putObject("schema")
                            .put("type", "object")))
            .invalid(
                "a body and a formData parameter",
                tasks(
                    s -> {
                      ObjectNode post = post(s, "UpdateTask");
                      addParam(post, "body", "body").putObject("schema").put("type", "object");
                      addParam(post, "name", "formData").put("type", "string");
                    }),
                at(POST + "/parameters/2", "formData parameter \"name\" beside a body parameter")),
        RuleCases.of(ParameterRefLoopNotAllowed.class)
            .valid(
                "a reference to a declared parameter",
                tasks(
                    s -> {
                      s.withObject("parameters").set("taskId", param(s).deepCopy());
                      op(s).putArray("parameters").addObject().put("$ref", "#/parameters/taskId");
                    }))
            .invalid(
                "a declared parameter that is a reference",
                tasks(
                    s -> {
                      s.withObject("parameters").set("taskId", param(s).deepCopy());
                      s.withObject("parameters")
                          .putObject("alias")
                          .put("$ref", "#/parameters/taskId");
                    }),
                at("/parameters/alias/$ref", "parameter definition alias is a $ref")),
        RuleCases.of(ParameterReferenceNotValid.class)
            .valid(
                "an escaped tilde in the name",
                tasks(
                    s -> {
                      s.withObject("parameters").set("a~b", param(s).deepCopy());
                      op(s).withArray("parameters").addObject().put("$ref", "#/parameters/a~0b");
                    }))
            .invalid(
                "a reference to a definition",
                tasks(
                    s ->
                        op(s)
                            .withArray("parameters")
                            .addObject()
                            .put("$ref", "#/definitions/Task")),
                at(
                    OP + "/parameters/1/$ref",
                    "parameter reference \"#/definitions/Task\" is not valid"))
            .invalid(
                "a reference to another file",
                remoteParameter(),
                at(
                    OP + "/parameters/1/$ref",
                    "parameter reference \"other.json#/parameters/a\" is not valid")),
        // A malformed reference is ParameterReferenceNotValid's, not also not found.
        RuleCases.of(ParameterReferenceNotFound.class)
            .valid("a reference to another file", remoteParameter()),
        RuleCases.of(ParamtersWithSameNameMustHaveSameTypeAndVisibility.class)
            .valid("a subscribe operation whose parameter agrees", subscribe(p -> {}))
            .invalid(
                "a subscribe operation whose parameter is an integer",
                subscribe(p -> p.put("type", "integer")),
                at(
                    OP + "/parameters/0",
                    "parameter \"taskId\" differs in type or visibility from the one of Subscribe")),
        RuleCases.of(PathParametersContainDuplicateParameter.class)
            .valid(
                "the path parameter once on the path item",
                tasks(s -> pathItem(s).withArray("parameters").add(param(s).deepCopy())))
            .invalid(
                "the path parameter twice on the path item",
                tasks(
                    s -> {
                      pathItem(s).withArray("parameters").add(param(s).deepCopy());
                      pathItem(s).withArray("parameters").add(param(s).deepCopy());
                    }),
                at(
                    PATH + "/parameters/1",
                    "path /tasks/{taskId} declares parameter \"taskId\" in path twice")),
        RuleCases.of(PathParametersContainMultipleBodyParameters.class)
            .valid(
                "one body on the path item",
                tasks(s -> addParam(pathItem(s), "a", "body").putObject("schema")))
            .invalid(
                "two bodies on the path item, once there",
                twoPathBodies(),
                at(
                    PATH + "/parameters/1",
                    "path /tasks/{taskId} has a second body parameter \"b\"")),
        RuleCases.of(OperationParametersContainMultipleBodyParameters.class)
            .valid("two bodies on the path item are the path's", twoPathBodies()),
        RuleCases.of(OperationMissingRequiredProperty.class)
            .valid(
                "a dynamic call that supplies the required parameter",
                dynamicScopes(scope -> {}, call -> call.put("scope", "all")))
            .valid(
                "a required parameter with a default",
                dynamicScopes(scope -> scope.put("default", "all"), call -> {}))
            .invalid(
                "a dynamic call that leaves the required parameter out",
                dynamicScopes(scope -> {}, call -> {}),
                at(
                    OP + "/parameters/0/x-ms-dynamic-values",
                    "x-ms-dynamic-values calls ListScopes without its required parameter \"scope\"")),
        RuleCases.of(OperationHasManyResponsesWithSchema.class)
            .valid(
                "an error response with a schema",
                tasks(s -> response(s, "400", "Bad").putObject("schema").put("type", "object")))
            .invalid(
                "two success responses with schemas",
                tasks(s -> response(s, "201", "Created").putObject("schema").put("type", "object")),
                at(
                    OP + "/responses/201",
                    "response 201 carries a schema besides response 200's; the designer uses one")),
        RuleCases.of(ResponseExampleMustBeProducedByOperation.class)
            .valid(
                "an example of JSON with a charset",
                tasks(
                    s -> ok(s).putObject("examples").putObject("application/json; charset=utf-8")))
            .invalid(
                "an example of XML",
                tasks(s -> ok(s).putObject("examples").putObject("text/xml")),
                at(
                    OP + "/responses/200/examples/text~1xml",
                    "response 200 has an example for text/xml, which the operation does not produce")),
        RuleCases.of(ResponseHeadersAreNotUnique.class)
            .valid("two headers", tasks(s -> headers(s, "X-Id", "X-Etag")))
            .invalid(
                "a header twice in another case",
                tasks(s -> headers(s, "X-Id", "x-id")),
                at(OP + "/responses/200/headers/x-id", "header x-id is also declared as X-Id")),
        RuleCases.of(ResponseRefLoopNotAllowed.class)
            .valid(
                "a reference to a declared response",
                tasks(
                    s -> {
                      s.withObject("responses").set("Ok", ok(s).deepCopy());
                      op(s).withObject("responses").putObject("200").put("$ref", "#/responses/Ok");
                    }))
            .invalid(
                "a declared response that is a reference",
                tasks(
                    s -> {
                      s.withObject("responses").set("Ok", ok(s).deepCopy());
                      s.withObject("responses").putObject("Alias").put("$ref", "#/responses/Ok");
                    }),
                at("/responses/Alias/$ref", "response definition Alias is a $ref")),
        RuleCases.of(ResponseReferenceNotFound.class)
            .valid(
                "a reference to a declared response",
                tasks(
                    s -> {
                      s.withObject("responses").putObject("NotFound").put("description", "Missing");
                      op(s)
                          .withObject("responses")
                          .putObject("404")
                          .put("$ref", "#/responses/NotFound");
                    }))
            .invalid(
                "a reference to a missing response",
                tasks(
                    s ->
                        op(s)
                            .withObject("responses")
                            .putObject("404")
                            .put("$ref", "#/responses/Missing")),
                at(
                    OP + "/responses/404/$ref",
                    "response reference #/responses/Missing does not resolve")));
  }

  /** A query parameter "tags", an array of strings in the given collection format. */
  private static void tags(ObjectNode swagger, String format) {
    addParam(op(swagger), "tags", "query")
        .put("type", "array")
        .put("collectionFormat", format)
        .putObject("items")
        .put("type", "string");
  }

  /** A multipart POST with one formData parameter named {@code name}. */
  private static ConnectorFixture form(String name) {
    return tasks(
        s -> {
          ObjectNode post = post(s, "UpdateTask");
          post.putArray("consumes").add("multipart/form-data");
          addParam(post, name, "formData").put("type", "string");
        });
  }

  private static ObjectNode response(ObjectNode swagger, String status, String description) {
    return op(swagger).withObject("responses").putObject(status).put("description", description);
  }

  /** String headers of the 200 response. */
  private static void headers(ObjectNode swagger, String... names) {
    ObjectNode headers = ok(swagger).putObject("headers");
    for (String name : names) {
      headers.putObject(name).put("type", "string");
    }
  }
}
