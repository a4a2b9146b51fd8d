package census.rules.operations;

import static census.testing.ConnectorFixture.SWAGGER;
import static census.testing.RuleCases.Expected.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.rules.Finding;
import census.rules.LabelEdits;
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
import census.rules.schemas.DefinitionPropertyDescriptionMissing;
import census.rules.schemas.DefinitionPropertyTitleMissing;
import census.rules.schemas.EnumMustContainAtLeastOneElement;
import census.rules.schemas.RequiredPropertyDefinitionMissing;
import census.rules.schemas.SchemaPropertySummaryMissing;
import census.rules.schemas.SchemaReferenceNotFound;
import census.rules.text.LabelNotTitleCase;
import census.rules.text.LabelRestrictedCharacters;
import census.rules.text.PropertyTitleContainsUrl;
import census.testing.ConnectorFixture;
import census.testing.OneLine;
import census.testing.RuleCaseSource;
import census.testing.RuleCases;
import census.testing.RuleTester;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each operation, parameter, response and schema rule's valid and invalid cases. */
class OperationRulesTest implements RuleCaseSource {
  static final String PATH = "/paths/~1tasks~1{taskId}";
  static final String OP = PATH + "/get";
  static final String POST = PATH + "/post";
  static final String DELETE = PATH + "/delete";
  static final String SWAGGER = ConnectorFixture.SWAGGER;

  /** A definition on one line whose only operation lists a shared parameter by reference. */
  private static final String ONE_LINE =
      "{\"swagger\":\"2.0\",\"info\":{\"title\":\"Contoso\",\"description\":\"Manages the"
          + " tasks of a workspace.\",\"version\":\"1.0\"},\"host\":\"api.contoso.com\","
          + "\"paths\":{\"/tasks\":{\"get\":{\"operationId\":\"ListTasks\",\"summary\":\"List"
          + " tasks\",\"description\":\"Lists the tasks.\",\"parameters\":[{\"$ref\":"
          + "\"#/parameters/Top\"}],\"responses\":{\"200\":{\"description\":\"OK\"}}}}},"
          + "\"parameters\":{\"Top\":{\"name\":\"top\",\"in\":\"query\",\"type\":\"integer\","
          + "\"x-ms-summary\":\"Number of tasks\",\"description\":\"How many tasks to list.\"}}}";

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

  /** A POST beside the fixture's GET, with the same path parameter and a new operationId. */
  private static ObjectNode post(ObjectNode swagger) {
    ObjectNode post = op(swagger).deepCopy().put("operationId", "UpdateTask");
    pathItem(swagger).set("post", post);
    return post;
  }

  /** The clean fixture, then {@code edit} applied to its definition. */
  private static ConnectorFixture tasks(Consumer<ObjectNode> edit) {
    return ConnectorFixture.named("Contoso Tasks").swagger(edit);
  }

  private static ConnectorFixture clean() {
    return ConnectorFixture.named("Contoso Tasks");
  }

  private static ConnectorFixture summary(String summary) {
    return tasks(s -> op(s).put("summary", summary));
  }

  /**
   * The fixture with a second operation on the task path and one query parameter declared on the
   * path item, which {@code fill} completes.
   */
  private static ConnectorFixture withPathLevelParameter(Consumer<ObjectNode> fill) {
    return tasks(
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

  /** A path-level "tenant" parameter without label or description; all operations internal. */
  private static ConnectorFixture tenantOnInternalPath() {
    return withPathLevelParameter(p -> p.put("name", "tenant"))
        .swagger(
            s -> {
              op(s).put("x-ms-visibility", "internal");
              ((ObjectNode) pathItem(s).get("delete")).put("x-ms-visibility", "internal");
            });
  }

  /**
   * 3E Events' shape: the webhook's delete operation, internal, with a path parameter that has
   * neither x-ms-summary nor description, and no description of its own.
   */
  private static ConnectorFixture internalDelete(boolean internal) {
    return tasks(
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

  private static final String NAME = OP + "/responses/200/schema/properties/name";
  private static final String DUE = OP + "/responses/200/schema/properties/dueDate";

  private static ObjectNode properties(ObjectNode swagger) {
    return (ObjectNode) swagger.at(OP + "/responses/200/schema/properties");
  }

  /** A line that a fix adds to the definition, indented by {@code indent} spaces. */
  private static String added(int indent, String text) {
    return "+" + " ".repeat(indent) + text;
  }

  /** The fixture with the object of {@code key} in its definition written on one line. */
  private static ConnectorFixture oneLine(ConnectorFixture fixture, String key) {
    String text = new String(fixture.files().get(SWAGGER), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("(\"" + key + "\" : \\{)([^{}]*)}").matcher(text);
    assertTrue(m.find(), key);
    String line = m.group(1) + m.group(2).replaceAll("\\s*\n\\s*", " ") + "}";
    return fixture.file(SWAGGER, text.substring(0, m.start()) + line + text.substring(m.end()));
  }

  /**
   * The fixture with a definition padded to 30 bytes under DefinitionTooLarge's limit, less than a
   * label takes.
   */
  private static ConnectorFixture nearMaxSize(ConnectorFixture fixture) {
    fixture.swagger(s -> s.put("x-padding", ""));
    long room = LabelEdits.MAX_DEFINITION_BYTES - 30 - fixture.files().get(SWAGGER).length;
    return fixture.swagger(s -> s.put("x-padding", "x".repeat((int) room)));
  }

  @Override
  public List<RuleCases> ruleCases() {
    return List.of(
        RuleCases.of(OperationIdRequired.class)
            .valid("an operation with an operationId", clean())
            .invalid(
                "an operation without operationId",
                tasks(s -> op(s).remove("operationId")),
                at(OP, "GET /tasks/{taskId} has no operationId")),
        RuleCases.of(OperationIdNotUnique.class)
            .valid(
                "a copy of the operation under its own id",
                tasks(
                    s ->
                        s.withObject("paths")
                            .putObject("/other")
                            .set("get", op(s).deepCopy().put("operationId", "GetOtherTask"))))
            .invalid(
                "a copy of the operation with the same id",
                tasks(s -> s.withObject("paths").putObject("/other").set("get", op(s).deepCopy())),
                at(
                    "/paths/~1other/get/operationId",
                    "operationId \"GetTask\" is also used by GET /tasks/{taskId}")),
        RuleCases.of(OperationIdSanitized.class)
            .valid("letters and digits", tasks(s -> op(s).put("operationId", "GetTask2")))
            .invalid(
                "an underscore in the id",
                tasks(s -> op(s).put("operationId", "Get_Task")),
                at(
                    OP + "/operationId",
                    "operationId \"Get_Task\" has characters other than letters and digits")),
        RuleCases.of(OperationIdTooLong.class)
            .valid(
                "an id of 80 characters",
                tasks(s -> op(s).put("operationId", "Get" + "A".repeat(77))))
            .invalid(
                "an id of 83 characters",
                tasks(s -> op(s).put("operationId", "Get" + "A".repeat(80))),
                at(OP + "/operationId", "operationId is 83 characters; the limit is 80")),
        RuleCases.of(OperationSummaryMissing.class)
            .valid("an operation with a summary", clean())
            .invalid(
                "an operation without summary: the operationId's words in sentence case",
                tasks(s -> op(s).remove("summary")),
                at(OP, "GET /tasks/{taskId} has no summary"))
            .output(SWAGGER, added(16, "\"summary\" : \"Get task\","))
            .invalid(
                "a trigger's summary names its event, so one that starts with When is a fit",
                tasks(
                    s ->
                        op(s)
                            .put("operationId", "WhenATaskIsCreated")
                            .put("x-ms-trigger", "single")
                            .remove("summary")),
                at(OP, "GET /tasks/{taskId} has no summary"))
            .output(SWAGGER, added(16, "\"summary\" : \"When a task is created\","))
            .invalid(
                "no summary for another trigger, nor for an operationId of one word, or none",
                tasks(
                    s -> {
                      op(s).put("x-ms-trigger", "single").remove("summary");
                      post(s).put("operationId", "Tasks").remove("summary");
                      pathItem(s).set("put", op(s).deepCopy().without("operationId"));
                    }),
                at(OP, "GET /tasks/{taskId} has no summary"),
                at(PATH + "/post", "POST /tasks/{taskId} has no summary"),
                at(PATH + "/put", "PUT /tasks/{taskId} has no summary")),
        RuleCases.of(RestrictedCharactersInSummary.class)
            .valid("words and a parenthesis", summary("Get a task (V2)"))
            // "Get or update", "Get and update"? A person has to say: no fix.
            .invalid(
                "a slash in the summary",
                summary("Get/update a task"),
                at(
                    OP + "/summary",
                    "summary \"Get/update a task\" contains characters other than letters, digits, spaces and parentheses"))
            .invalid(
                "a category before a dash, an apostrophe and a final full stop",
                summary("Tasks - Get a user's task."),
                at(
                    OP + "/summary",
                    "summary \"Tasks - Get a user's task.\" contains characters other than letters, digits, spaces and parentheses"))
            .output(
                SWAGGER,
                "-                \"summary\" : \"Tasks - Get a user's task.\",",
                "+                \"summary\" : \"Tasks Get a users task\",")
            // The dash gone, SummaryNotSentenceCase would report the summary anew: its (unsafe)
            // fix does both.
            .invalid(
                "a summary in title case",
                summary("Tasks - Get All The Tasks"),
                at(
                    OP + "/summary",
                    "summary \"Tasks - Get All The Tasks\" contains characters other than letters, digits, spaces and parentheses"))
            .invalid(
                "a shared summary a dot inside a word keeps",
                summary("Round a number (aka Math.ceil)"),
                at(
                    OP + "/summary",
                    "summary \"Round a number (aka Math.ceil)\" contains characters other than letters, digits, spaces and parentheses")),
        RuleCases.of(SummaryMustEndWithAlphanumeric.class)
            // Advanced Data Operations' "Concatenate (Simple)", and a revision as operations name
            // them.
            .valid("a closing parenthesis after a letter", summary("Concatenate (Simple)"))
            .valid("a closing parenthesis after a digit", summary("Get a task (V2)"))
            .valid("a last letter", summary("Get a task"))
            // Airtable's "List Records [DEPRECATED]", Shopify's "Retrieves a list of orders.".
            .invalid(
                "a closing bracket",
                summary("List Records [DEPRECATED]"),
                at(
                    OP + "/summary",
                    "summary \"List Records [DEPRECATED]\" does not end with a letter or digit"))
            .invalid(
                "a final period",
                summary("Retrieves a list of orders."),
                at(
                    OP + "/summary",
                    "summary \"Retrieves a list of orders.\" does not end with a letter or digit"))
            .output(
                SWAGGER,
                "-                \"summary\" : \"Retrieves a list of orders.\",",
                "+                \"summary\" : \"Retrieves a list of orders\",")
            .invalid(
                "a closing parenthesis after a period",
                summary("Get a task (V2.)"),
                at(
                    OP + "/summary",
                    "summary \"Get a task (V2.)\" does not end with a letter or digit"))
            .output(
                SWAGGER,
                "-                \"summary\" : \"Get a task (V2.)\",",
                "+                \"summary\" : \"Get a task (V2)\",")
            // Without its full stop, the summary would repeat the description: no fix.
            .invalid(
                "a summary the description would repeat",
                tasks(
                    s ->
                        op(s)
                            .put("summary", "Gets one task by its identifier.")
                            .put("description", "Gets one task by its identifier")),
                at(
                    OP + "/summary",
                    "summary \"Gets one task by its identifier.\" does not end with a letter or"
                        + " digit")),
        RuleCases.of(SummaryNotSentenceCase.class)
            .valid("a name in a short summary", summary("Get Azure Blob"))
            .invalid(
                "title case",
                summary("Get The Task Details Now"),
                at(
                    OP + "/summary",
                    "summary \"Get The Task Details Now\" is in title case, not sentence case"))
            .output(
                SWAGGER,
                "-                \"summary\" : \"Get The Task Details Now\",",
                "+                \"summary\" : \"Get the task details now\",")
            .invalid(
                "a lower-case start",
                summary("get a task"),
                at(OP + "/summary", "summary \"get a task\" does not start with a capital letter"))
            .output(
                SWAGGER,
                "-                \"summary\" : \"get a task\",",
                "+                \"summary\" : \"Get a task\",")
            // "Contoso" is in the title, "Kanban" mid-sentence in the description, "PDF" all caps;
            // the dash goes as RestrictedCharactersInSummary's fix takes it.
            .invalid(
                "names, acronyms and a dash",
                tasks(
                    s ->
                        op(s)
                            .put("summary", "Contoso - Export Kanban Board As PDF")
                            .put("description", "Exports a Kanban board.")),
                at(
                    OP + "/summary",
                    "summary \"Contoso - Export Kanban Board As PDF\" is in title case, not sentence"
                        + " case"))
            .output(
                SWAGGER,
                "-                \"summary\" : \"Contoso - Export Kanban Board As PDF\",",
                "+                \"summary\" : \"Contoso export Kanban board as PDF\",")
            .invalid(
                "a first word with a capital inside",
                summary("iPhone Task Details For Now"),
                at(
                    OP + "/summary",
                    "summary \"iPhone Task Details For Now\" does not start with a capital letter"))
            // A trigger's summary must start with "When": lower-casing cannot make it pass.
            .invalid(
                "a trigger that TriggerSummaryNotWhen reports",
                tasks(
                    s -> op(s).put("summary", "On New Task Created").put("x-ms-trigger", "single")),
                at(
                    OP + "/summary",
                    "summary \"On New Task Created\" is in title case, not sentence case")),
        RuleCases.of(SummarySameAsDescription.class)
            .valid("a description that says more", clean())
            .invalid(
                "the summary with a period",
                tasks(s -> op(s).put("description", "Get a task.")),
                at(OP + "/description", "description repeats the summary \"Get a task\""))
            .invalid(
                "a parameter's description repeating its label",
                tasks(s -> param(s).put("description", "Task ID.")),
                at(
                    OP + "/parameters/0",
                    "parameter \"taskId\": description repeats x-ms-summary \"Task ID\"")),
        RuleCases.of(DescriptionNotASentence.class)
            .valid(
                "a description ending in a parenthesis",
                tasks(s -> op(s).put("description", "Gets one task (by its identifier)")))
            .invalid(
                "an operation description without a period",
                tasks(s -> op(s).put("description", "Gets one task")),
                at(
                    OP + "/description",
                    "description \"Gets one task\" does not end with punctuation"))
            .output(
                SWAGGER,
                "-                \"description\" : \"Gets one task\",",
                "+                \"description\" : \"Gets one task.\",")
            .invalid(
                "trailing white space and a closing quote",
                tasks(s -> op(s).put("description", "Gets the task named \u201cnext\u201d \n")),
                at(
                    OP + "/description",
                    "description \"Gets the task named \u201cnext\u201d\" does not end with"
                        + " punctuation"))
            .output(
                SWAGGER,
                "-                \"description\" : \"Gets the task named \u201cnext\u201d \\n\",",
                "+                \"description\" : \"Gets the task named \u201cnext\u201d.\",")
            // The parameter is written once under /parameters and listed by reference.
            .invalid(
                "a shared parameter's description, fixed where it is written",
                tasks(
                    s -> {
                      s.withObject("/parameters")
                          .putObject("Expand")
                          .put("name", "expand")
                          .put("in", "query")
                          .put("type", "string")
                          .put("x-ms-summary", "Expand")
                          .put("description", "Related records to include");
                      op(s).withArray("parameters").addObject().put("$ref", "#/parameters/Expand");
                    }),
                at(
                    OP + "/parameters/1/description",
                    "description \"Related records to include\" does not end with punctuation"))
            .output(
                SWAGGER,
                "-            \"description\" : \"Related records to include\"",
                "+            \"description\" : \"Related records to include.\"")
            // A full stop after an identifier, a path or a URL would read as part of it.
            .invalid(
                "a description ending in an identifier",
                tasks(s -> param(s).put("description", "The task, as the API calls it: taskId")),
                at(
                    OP + "/parameters/0/description",
                    "description \"The task, as the API calls it: taskId\" does not end with"
                        + " punctuation"))
            // CamelCaseString reports a description that is one identifier; "TaskDetails." it
            // would not.
            .invalid(
                "a description that is one identifier",
                tasks(s -> op(s).put("description", "TaskDetails")),
                at(
                    OP + "/description",
                    "description \"TaskDetails\" does not end with punctuation"))
            .invalid(
                "a path-level parameter's description, once for its path",
                withPathLevelParameter(
                    p ->
                        p.put("name", "tenant")
                            .put("description", "See https://example.com/tenants")),
                at(
                    PATH + "/parameters/0/description",
                    "description \"See https://example.com/tenants\" does not end with punctuation")),
        RuleCases.of(DescriptionContainsUrl.class)
            .valid(
                "a description naming a site without a URL",
                tasks(s -> op(s).put("description", "Gets one task from example.com.")))
            .invalid(
                "a URL in an operation description",
                tasks(s -> op(s).put("description", "See https://example.com for more.")),
                at(OP + "/description", "the operation's description contains a URL"))
            .invalid(
                "a URL in a path-level parameter's description, once for its path",
                withPathLevelParameter(
                    p ->
                        p.put("name", "tenant")
                            .put("description", "See https://example.com/tenants")),
                at(
                    PATH + "/parameters/0/description",
                    "parameter \"tenant\": description contains a URL")),
        RuleCases.of(OperationPathMustStartWithSlash.class)
            .valid("a path from the root", clean())
            .invalid(
                "a path without its slash",
                tasks(
                    s ->
                        s.withObject("paths")
                            .set("tasks", s.withObject("paths").remove("/tasks/{taskId}"))),
                at("/paths/tasks", "path \"tasks\" does not start with /")),
        RuleCases.of(OperationMissingPathParameter.class)
            .valid("the template's parameter in the path", clean())
            .invalid(
                "the template's parameter in the query",
                tasks(s -> param(s).put("name", "id").put("in", "query")),
                at(OP, "path variable {taskId} has no path parameter")),
        RuleCases.of(PathParameterNotDefinedInTemplate.class)
            .valid("a path parameter the template names", clean())
            .invalid(
                "a path parameter the template does not name",
                tasks(s -> param(s).put("name", "id")),
                at(
                    OP + "/parameters/0",
                    "path parameter \"id\" is not in the template /tasks/{taskId}")),
        RuleCases.of(InvalidNextLinkNameValue.class)
            .valid(
                "@odata.nextLink",
                tasks(s -> op(s).putObject("x-ms-pageable").put("nextLinkName", "@odata.nextLink")))
            .invalid(
                "next",
                tasks(s -> op(s).putObject("x-ms-pageable").put("nextLinkName", "next")),
                at(
                    OP + "/x-ms-pageable/nextLinkName",
                    "nextLinkName \"next\" is not nextLink or @odata.nextLink")),
        RuleCases.of(PathParameterMissingEncoding.class)
            // AgilePoint NX's WORKITEMID: "double" is the extension's other value, not a missing
            // one.
            .valid("double encoding", tasks(s -> param(s).put("x-ms-url-encoding", "double")))
            .invalid(
                "no encoding",
                tasks(s -> param(s).remove("x-ms-url-encoding")),
                at(
                    OP + "/parameters/0",
                    "path parameter \"taskId\" has no x-ms-url-encoding; it should be \"single\""))
            .output(SWAGGER, "+                        \"x-ms-url-encoding\" : \"single\",")
            .invalid(
                "no encoding, the parameter on one line",
                OneLine.at(
                    tasks(s -> param(s).remove("x-ms-url-encoding")),
                    SWAGGER,
                    OP + "/parameters/0"),
                at(
                    OP + "/parameters/0",
                    "path parameter \"taskId\" has no x-ms-url-encoding; it should be \"single\""))
            .output(
                SWAGGER,
                "-                    {\"name\":\"taskId\",\"in\":\"path\",\"required\":true,\"type\":\"string\",\"x-ms-summary\":\"Task ID\",\"description\":\"The identifier of the task.\"}",
                "+                    {\"x-ms-url-encoding\":\"single\",\"name\":\"taskId\",\"in\":\"path\",\"required\":true,\"type\":\"string\",\"x-ms-summary\":\"Task ID\",\"description\":\"The identifier of the task.\"}")
            .invalid(
                "a shared parameter without encoding, fixed where it is defined",
                tasks(
                    s -> {
                      param(s).remove("x-ms-url-encoding");
                      s.withObject("/parameters").set("TaskId", param(s).deepCopy());
                      op(s).putArray("parameters").addObject().put("$ref", "#/parameters/TaskId");
                    }),
                at(
                    OP + "/parameters/0",
                    "path parameter \"taskId\" has no x-ms-url-encoding; it should be \"single\""))
            .output(SWAGGER, "+            \"x-ms-url-encoding\" : \"single\",")
            // Which encoding was meant is unknown: no fix.
            .invalid(
                "an encoding of none",
                tasks(s -> param(s).put("x-ms-url-encoding", "none")),
                at(
                    OP + "/parameters/0",
                    "path parameter \"taskId\" has x-ms-url-encoding \"none\"; it should be"
                        + " \"single\""))
            .invalid(
                "a path-level path parameter without encoding, once for its path",
                tasks(
                    s -> {
                      pathItem(s).set("parameters", op(s).remove("parameters"));
                      pathItem(s).set("delete", op(s).deepCopy().put("operationId", "DeleteTask"));
                      ((ObjectNode) pathItem(s).get("parameters").get(0))
                          .remove("x-ms-url-encoding");
                    }),
                at(
                    PATH + "/parameters/0",
                    "path parameter \"taskId\" has no x-ms-url-encoding; it should be \"single\""))
            .output(SWAGGER, "+                    \"x-ms-url-encoding\" : \"single\","),
        RuleCases.of(ParameterSummaryMissing.class)
            .valid("an internal operation's parameter", internalDelete(true))
            .valid("a path-level parameter of internal operations only", tenantOnInternalPath())
            .invalid(
                "a parameter without x-ms-summary: its name's words in Title Case",
                tasks(s -> param(s).remove("x-ms-summary")),
                at(OP + "/parameters/0", "parameter \"taskId\" has no x-ms-summary"))
            .output(SWAGGER, added(24, "\"x-ms-summary\" : \"Task ID\","))
            .invalid(
                "a visible operation's parameter",
                internalDelete(false),
                at(DELETE + "/parameters/0", "parameter \"taskId\" has no x-ms-summary"))
            .output(SWAGGER, added(24, "\"x-ms-summary\" : \"Task ID\","))
            .invalid(
                "a path-level parameter with one visible operation, once for its path",
                withPathLevelParameter(p -> p.put("name", "tenant")),
                at(PATH + "/parameters/0", "parameter \"tenant\" has no x-ms-summary"))
            .output(SWAGGER, added(20, "\"x-ms-summary\" : \"Tenant\","))
            .invalid(
                "a shared parameter is labelled where it is written, not beside its $ref",
                tasks(
                    s -> {
                      s.withObject("parameters")
                          .putObject("modelVersion")
                          .put("name", "model-version")
                          .put("in", "query")
                          .put("type", "string")
                          .put("description", "The version of the model to use.");
                      op(s)
                          .withArray("parameters")
                          .addObject()
                          .put("$ref", "#/parameters/modelVersion");
                    }),
                at(OP + "/parameters/1", "parameter \"model-version\" has no x-ms-summary"))
            .output(SWAGGER, added(12, "\"x-ms-summary\" : \"Model Version\","))
            .invalid(
                "no label that would repeat the description, nor from a name without a letter",
                tasks(
                    s -> {
                      param(s).put("description", "Task ID.").remove("x-ms-summary");
                      addParam(s, "$1", "query").remove("x-ms-summary");
                    }),
                at(OP + "/parameters/0", "parameter \"taskId\" has no x-ms-summary"),
                at(OP + "/parameters/1", "parameter \"$1\" has no x-ms-summary")),
        RuleCases.of(DescriptionMissing.class)
            .valid(
                "body and internal parameters",
                tasks(
                    s -> {
                      addParam(s, "body", "body").remove("description");
                      addParam(s, "apiVersion", "query")
                          .put("x-ms-visibility", "internal")
                          .remove("description");
                    }))
            .valid("an internal operation and its parameter", internalDelete(true))
            .valid("a path-level parameter of internal operations only", tenantOnInternalPath())
            .invalid(
                "an operation without description",
                tasks(s -> op(s).remove("description")),
                at(OP, "GET /tasks/{taskId} has no description"))
            .invalid(
                "a blank parameter description",
                tasks(s -> param(s).put("description", " ")),
                at(
                    OP + "/parameters/0",
                    "parameter \"taskId\" of GET /tasks/{taskId} has no description"))
            .invalid(
                "a visible operation and its parameter",
                internalDelete(false),
                at(DELETE, "DELETE /tasks/{taskId} has no description"),
                at(
                    DELETE + "/parameters/0",
                    "parameter \"taskId\" of DELETE /tasks/{taskId} has no description"))
            .invalid(
                "a path-level parameter with one visible operation",
                withPathLevelParameter(p -> p.put("name", "tenant")),
                at(
                    PATH + "/parameters/0",
                    "parameter \"tenant\" of path /tasks/{taskId} has no description")),
        RuleCases.of(TriggerSummaryNotWhen.class)
            .valid(
                "a trigger starting with When",
                tasks(
                    s ->
                        op(s)
                            .put("x-ms-trigger", "single")
                            .put("summary", "When a task is created")))
            .valid("an action need not start with When", summary("New task"))
            .invalid(
                "a trigger named by its object",
                tasks(s -> op(s).put("x-ms-trigger", "single").put("summary", "New task")),
                at(OP + "/summary", "trigger summary \"New task\" does not start with \"When\"")),
        RuleCases.of(InternalParameterWithoutDefault.class)
            .valid(
                "an internal required parameter with a default",
                tasks(
                    s ->
                        addParam(s, "api-version", "query")
                            .put("x-ms-visibility", "internal")
                            .put("required", true)
                            .put("default", "2024-01-01")))
            .invalid(
                "an internal required parameter without default",
                tasks(
                    s ->
                        addParam(s, "api-version", "query")
                            .put("x-ms-visibility", "internal")
                            .put("required", true)),
                at(
                    OP + "/parameters/1",
                    "internal parameter \"api-version\" is required but has no default"))
            .invalid(
                "a path-level one, once for its path",
                withPathLevelParameter(
                    p ->
                        p.put("name", "api-version")
                            .put("required", true)
                            .put("x-ms-visibility", "internal")),
                at(
                    PATH + "/parameters/0",
                    "internal parameter \"api-version\" is required but has no default")),
        RuleCases.of(ProductNameInOperationText.class)
            .valid(
                "power in another sense",
                tasks(s -> op(s).put("description", "Gets the power level of one task.")))
            .invalid(
                "a product in an operation description",
                tasks(s -> op(s).put("description", "Gets one task for a Power Automate flow.")),
                at(
                    OP + "/description",
                    "the description of GET /tasks/{taskId} names the product \"Power Automate\""))
            .invalid(
                "a product in a parameter description",
                tasks(s -> param(s).put("description", "The task, as PowerApps shows it.")),
                at(
                    OP + "/parameters/0/description",
                    "the description of parameter \"taskId\" names the product \"PowerApps\"")),
        RuleCases.of(ParameterSummaryTooLong.class)
            .valid(
                "a label of 80 characters",
                tasks(s -> param(s).put("x-ms-summary", "Task ID " + "X".repeat(72))))
            .invalid(
                "a label of 81 characters",
                tasks(s -> param(s).put("x-ms-summary", "Task ID " + "X".repeat(73))),
                at(
                    OP + "/parameters/0/x-ms-summary",
                    "x-ms-summary of parameter \"taskId\" is 81 characters; the limit is 80")),
        RuleCases.of(LabelNotTitleCase.class)
            .valid("an acronym in a title-case label", clean())
            .invalid(
                "a parameter label in sentence case",
                tasks(s -> param(s).put("x-ms-summary", "Task id")),
                at(
                    OP + "/parameters/0/x-ms-summary",
                    "x-ms-summary \"Task id\" of \"taskId\" is not in Title Case (\"id\")"))
            .output(
                SWAGGER,
                "-                        \"x-ms-summary\" : \"Task id\",",
                "+                        \"x-ms-summary\" : \"Task Id\",")
            .invalid(
                "a property title in sentence case",
                tasks(s -> definitionProperty(s).put("title", "Item name")),
                at(
                    "/definitions/Item/properties/name/title",
                    "title \"Item name\" of \"name\" is not in Title Case (\"name\")"))
            .output(
                SWAGGER,
                "-                    \"title\" : \"Item name\"",
                "+                    \"title\" : \"Item Name\"")
            // Minor words stay lower case; the full stop LabelRestrictedCharacters reports goes in
            // the same edit, so that neither finding is left naming a half-fixed label.
            .invalid(
                "a sentence as a label",
                tasks(s -> param(s).put("x-ms-summary", "The id of the task.")),
                at(
                    OP + "/parameters/0/x-ms-summary",
                    "x-ms-summary \"The id of the task.\" of \"taskId\" is not in Title Case"
                        + " (\"id\")"))
            .output(
                SWAGGER,
                "-                        \"x-ms-summary\" : \"The id of the task.\",",
                "+                        \"x-ms-summary\" : \"The Id of the Task\",")
            // The parameter is listed by reference: its label is fixed where it is written.
            .invalid(
                "a shared parameter in a definition on one line",
                ConnectorFixture.named("Contoso").file(SWAGGER, ONE_LINE + "\n"),
                at(
                    "/paths/~1tasks/get/parameters/0/x-ms-summary",
                    "x-ms-summary \"Number of tasks\" of \"top\" is not in Title Case (\"tasks\")"))
            .output(SWAGGER, "-" + ONE_LINE, "+" + ONE_LINE.replace("of tasks", "of Tasks"))
            // SummarySameAsDescription quotes the label: capitals would only rename its finding.
            .invalid(
                "a label its description repeats",
                tasks(s -> param(s).put("x-ms-summary", "Task id").put("description", "Task id.")),
                at(
                    OP + "/parameters/0/x-ms-summary",
                    "x-ms-summary \"Task id\" of \"taskId\" is not in Title Case (\"id\")")),
        RuleCases.of(LabelRestrictedCharacters.class)
            .valid("letters and a space", clean())
            // "Task ID or Key"? "Task ID and Key"? A person has to say: no fix.
            .invalid(
                "a slash in the label",
                tasks(s -> param(s).put("x-ms-summary", "Task ID/Key")),
                at(
                    OP + "/parameters/0/x-ms-summary",
                    "x-ms-summary \"Task ID/Key\" of \"taskId\" holds \"/\"; a parameter's label holds only letters, digits, spaces and parentheses")),
        RuleCases.of(PropertyTitleContainsUrl.class)
            .valid("a plain title", tasks(s -> definitionProperty(s).put("title", "Name")))
            .invalid(
                "a URL in the title",
                tasks(s -> definitionProperty(s).put("title", "Name (https://example.com/name)")),
                at(
                    "/definitions/Item/properties/name/title",
                    "title of property \"name\" contains a URL")),
        RuleCases.of(ConnectionIdParameterNotAllowed.class)
            .valid(
                "a query parameter of another name", tasks(s -> addParam(s, "connection", "query")))
            .invalid(
                "a connectionId query parameter",
                tasks(s -> addParam(s, "connectionId", "query")),
                at(
                    OP + "/parameters/1",
                    "parameter \"connectionId\" uses the reserved name connectionId")),
        RuleCases.of(BodyOrFormDataParameterInFetchOperationNotAllowed.class)
            .valid(
                "a body on a POST",
                tasks(
                    s ->
                        post(s)
                            .withArray("parameters")
                            .addObject()
                            .put("name", "body")
                            .put("in", "body")
                            .putObject("schema")
                            .put("type", "object")))
            .invalid(
                "a body on a GET",
                tasks(s -> addParam(s, "body", "body").remove("type")),
                at(OP + "/parameters/1", "GET /tasks/{taskId} has a body parameter \"body\"")),
        RuleCases.of(OperationParametersContainMultipleBodyParameters.class)
            .valid(
                "one body",
                tasks(
                    s ->
                        post(s)
                            .withArray("parameters")
                            .addObject()
                            .put("name", "a")
                            .put("in", "body")
                            .putObject("schema")))
            .invalid(
                "two bodies",
                tasks(
                    s -> {
                      ObjectNode post = post(s);
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
                    }),
                at(POST + "/parameters/2", "a second body parameter \"b\"")),
        RuleCases.of(OperationParametersContainDuplicateParameter.class)
            .valid("the same name in another location", tasks(s -> addParam(s, "taskId", "header")))
            .invalid(
                "the path parameter twice",
                tasks(s -> op(s).withArray("parameters").add(param(s).deepCopy())),
                at(OP + "/parameters/1", "parameter \"taskId\" in path is declared twice")),
        RuleCases.of(FileParameterMustBeInFormData.class)
            .valid(
                "a file in formData",
                tasks(
                    s ->
                        post(s)
                            .withArray("parameters")
                            .addObject()
                            .put("name", "file")
                            .put("in", "formData")
                            .put("type", "file")))
            .invalid(
                "a file in the query",
                tasks(s -> addParam(s, "file", "query").put("type", "file")),
                at(OP + "/parameters/1", "file parameter \"file\" is in query, not formData")),
        RuleCases.of(QueryParameterEncodingNotSupported.class)
            .valid("a query parameter without encoding", tasks(s -> addParam(s, "q", "query")))
            .invalid(
                "a query parameter with encoding",
                tasks(s -> addParam(s, "q", "query").put("x-ms-url-encoding", "single")),
                at(
                    OP + "/parameters/1/x-ms-url-encoding",
                    "query parameter \"q\" has x-ms-url-encoding"))
            .output(
                SWAGGER,
                "-                        \"description\" : \"An X.\",",
                "-                        \"x-ms-url-encoding\" : \"single\"",
                "+                        \"description\" : \"An X.\"")
            .invalid(
                "a query parameter with encoding, on one line",
                OneLine.at(
                    tasks(s -> addParam(s, "q", "query").put("x-ms-url-encoding", "single")),
                    SWAGGER,
                    OP + "/parameters/1"),
                at(
                    OP + "/parameters/1/x-ms-url-encoding",
                    "query parameter \"q\" has x-ms-url-encoding"))
            .output(
                SWAGGER,
                "-                    {\"name\":\"q\",\"in\":\"query\",\"type\":\"string\",\"x-ms-summary\":\"X\",\"description\":\"An X.\",\"x-ms-url-encoding\":\"single\"}",
                "+                    {\"name\":\"q\",\"in\":\"query\",\"type\":\"string\",\"x-ms-summary\":\"X\",\"description\":\"An X.\"}")
            .invalid(
                "a shared query parameter with encoding, fixed where it is defined",
                tasks(
                    s -> {
                      s.withObject("/parameters")
                          .set(
                              "Query",
                              addParam(s, "q", "query")
                                  .put("x-ms-url-encoding", "single")
                                  .deepCopy());
                      op(s).withArray("parameters").remove(1);
                      op(s).withArray("parameters").addObject().put("$ref", "#/parameters/Query");
                    }),
                at(
                    OP + "/parameters/1/x-ms-url-encoding",
                    "query parameter \"q\" has x-ms-url-encoding"))
            .output(
                SWAGGER,
                "-            \"description\" : \"An X.\",",
                "-            \"x-ms-url-encoding\" : \"single\"",
                "+            \"description\" : \"An X.\"")
            .invalid(
                "double encoding: Power Fx encodes the value twice, no fix",
                tasks(s -> addParam(s, "q", "query").put("x-ms-url-encoding", "double")),
                at(
                    OP + "/parameters/1/x-ms-url-encoding",
                    "query parameter \"q\" has x-ms-url-encoding")),
        RuleCases.of(BodyParameterSchemaRequired.class)
            .valid(
                "a body with a schema",
                tasks(
                    s ->
                        post(s)
                            .withArray("parameters")
                            .addObject()
                            .put("name", "body")
                            .put("in", "body")
                            .putObject("schema")
                            .put("type", "object")))
            .invalid(
                "a body without schema",
                tasks(
                    s ->
                        post(s)
                            .withArray("parameters")
                            .addObject()
                            .put("name", "body")
                            .put("in", "body")),
                at(POST + "/parameters/1", "body parameter \"body\" has no schema")),
        RuleCases.of(NonBodyParameterSchemaNotValid.class)
            .valid("a path parameter with a type", clean())
            .invalid(
                "a path parameter with a schema",
                tasks(s -> param(s).putObject("schema").put("type", "string")),
                at(OP + "/parameters/0/schema", "path parameter \"taskId\" has a schema")),
        RuleCases.of(ParameterReferenceNotFound.class)
            .valid(
                "a reference to a declared parameter",
                tasks(
                    s -> {
                      s.withObject("parameters")
                          .set("tenant", addParam(s, "tenant", "query").deepCopy());
                      op(s).withArray("parameters").remove(1);
                      op(s).withArray("parameters").addObject().put("$ref", "#/parameters/tenant");
                    }))
            .invalid(
                "a reference to a missing parameter",
                tasks(
                    s ->
                        op(s)
                            .withArray("parameters")
                            .addObject()
                            .put("$ref", "#/parameters/missing")),
                at(
                    OP + "/parameters/1/$ref",
                    "parameter reference #/parameters/missing does not resolve")),
        RuleCases.of(OperationMustHaveResponse.class)
            .valid(
                "a default response only",
                tasks(
                    s ->
                        op(s)
                            .putObject("responses")
                            .putObject("default")
                            .put("description", "Error")))
            .invalid(
                "no responses",
                tasks(s -> op(s).putObject("responses")),
                at(OP, "GET /tasks/{taskId} declares no response")),
        RuleCases.of(OperationShouldHaveSuccessfulResponse.class)
            .valid(
                "a 204",
                tasks(
                    s -> op(s).putObject("responses").putObject("204").put("description", "Done")))
            .invalid(
                "a default response only",
                tasks(
                    s ->
                        op(s)
                            .putObject("responses")
                            .putObject("default")
                            .put("description", "Error")),
                at(OP + "/responses", "GET /tasks/{taskId} has no 2xx response")),
        RuleCases.of(ResponseMustBeDefaultOrHttpStatusCode.class)
            .valid(
                "default and a status code",
                tasks(
                    s ->
                        op(s)
                            .withObject("responses")
                            .putObject("default")
                            .put("description", "Error")))
            .invalid(
                "a reason phrase as the key",
                tasks(s -> op(s).withObject("responses").putObject("OK").put("description", "OK")),
                at(OP + "/responses/OK", "response key \"OK\" is not a status code or default")),
        RuleCases.of(ErrorResponseHasSchema.class)
            .valid(
                "a 404 without schema",
                tasks(
                    s ->
                        op(s)
                            .withObject("responses")
                            .putObject("404")
                            .put("description", "Missing")))
            .invalid(
                "a 404 with a schema",
                tasks(
                    s ->
                        op(s)
                            .withObject("responses")
                            .putObject("404")
                            .put("description", "Missing")
                            .putObject("schema")
                            .put("type", "object")),
                at(OP + "/responses/404/schema", "the 404 response has a schema"))
            .output(
                SWAGGER,
                "-                        \"description\" : \"Missing\",",
                "-                        \"schema\" : {",
                "-                            \"type\" : \"object\"",
                "-                        }",
                "+                        \"description\" : \"Missing\"")
            .invalid(
                "a 404 with a schema, on one line",
                OneLine.at(
                    tasks(
                        s ->
                            op(s)
                                .withObject("responses")
                                .putObject("404")
                                .put("description", "Missing")
                                .putObject("schema")
                                .put("type", "object")),
                    SWAGGER,
                    OP + "/responses/404"),
                at(OP + "/responses/404/schema", "the 404 response has a schema"))
            .output(
                SWAGGER,
                "-                    \"404\" : {\"description\":\"Missing\",\"schema\":{\"type\":\"object\"}}",
                "+                    \"404\" : {\"description\":\"Missing\"}")
            .invalid(
                "a shared error response, fixed where it is defined",
                tasks(
                    s -> {
                      s.withObject("/responses/Missing")
                          .put("description", "Missing")
                          .putObject("schema")
                          .put("type", "object");
                      op(s)
                          .withObject("responses")
                          .putObject("404")
                          .put("$ref", "#/responses/Missing");
                    }),
                at(OP + "/responses/404/schema", "the 404 response has a schema"))
            .output(
                SWAGGER,
                "-            \"description\" : \"Missing\",",
                "-            \"schema\" : {",
                "-                \"type\" : \"object\"",
                "-            }",
                "+            \"description\" : \"Missing\"")
            .invalid(
                "a shared response that is also an operation's 200: no fix",
                tasks(
                    s -> {
                      s.withObject("/responses/Task").setAll(ok(s));
                      op(s)
                          .withObject("responses")
                          .putObject("404")
                          .put("$ref", "#/responses/Task");
                      op(s)
                          .withObject("responses")
                          .putObject("200")
                          .put("$ref", "#/responses/Task");
                    }),
                at(OP + "/responses/404/schema", "the 404 response has a schema")),
        RuleCases.of(SuccessResponseSchemaEmpty.class)
            .valid(
                "an object of additional properties",
                tasks(
                    s ->
                        ok(s)
                            .putObject("schema")
                            .put("type", "object")
                            .putObject("additionalProperties")
                            .put("type", "string")))
            .invalid(
                "an object without properties",
                tasks(s -> ok(s).putObject("schema").put("type", "object")),
                at(OP + "/responses/200/schema", "the 200 response's schema is empty")),
        RuleCases.of(SchemaPropertySummaryMissing.class)
            .valid("a property with x-ms-summary", clean())
            .invalid(
                "a response property without x-ms-summary takes its title",
                tasks(s -> ((ObjectNode) s.at(NAME)).remove("x-ms-summary")),
                at(NAME, "property \"name\" has no x-ms-summary"))
            .output(SWAGGER, added(36, "\"x-ms-summary\" : \"Name\","))
            .invalid(
                "a title that is no fit label gives way to the name's words",
                tasks(s -> properties(s).putObject("dueDate").put("title", "due_date")),
                at(DUE, "property \"dueDate\" has no x-ms-summary"))
            .output(SWAGGER, added(36, "\"x-ms-summary\" : \"Due Date\","))
            .invalid(
                "a property written on one line gets its label on that line",
                oneLine(
                    tasks(s -> properties(s).putObject("dueDate").put("type", "string")),
                    "dueDate"),
                at(DUE, "property \"dueDate\" has no x-ms-summary"))
            .output(
                SWAGGER,
                "-" + " ".repeat(32) + "\"dueDate\" : { \"type\" : \"string\" }",
                "+"
                    + " ".repeat(32)
                    + "\"dueDate\" : { \"x-ms-summary\" : \"Due Date\", \"type\" : \"string\" }")
            .invalid(
                "a blank label is replaced",
                tasks(s -> ((ObjectNode) s.at(NAME)).put("x-ms-summary", " ")),
                at(NAME, "property \"name\" has no x-ms-summary"))
            .output(
                SWAGGER,
                "-" + " ".repeat(36) + "\"x-ms-summary\" : \" \"",
                "+" + " ".repeat(36) + "\"x-ms-summary\" : \"Name\"")
            .invalid(
                "no label from a name without a letter or in another script",
                tasks(
                    s -> {
                      properties(s).putObject("200").put("type", "string");
                      properties(s).putObject("名前").put("type", "string");
                    }),
                at(
                    OP + "/responses/200/schema/properties/200",
                    "property \"200\" has no x-ms-summary"),
                at(
                    OP + "/responses/200/schema/properties/名前",
                    "property \"名前\" has no x-ms-summary"))
            .invalid(
                "no label that would take the definition over 1 MB",
                () -> nearMaxSize(tasks(s -> ((ObjectNode) s.at(NAME)).remove("x-ms-summary"))),
                at(NAME, "property \"name\" has no x-ms-summary")),
        RuleCases.of(DefinitionPropertyTitleMissing.class)
            .valid(
                "a property with a title",
                tasks(
                    s ->
                        definitionProperty(s)
                            .put("title", "Name")
                            .put("description", "The name.")
                            .put("x-ms-summary", "Name")))
            .invalid(
                "a property without title takes its x-ms-summary",
                tasks(
                    s ->
                        definitionProperty(s)
                            .put("description", "The name.")
                            .put("x-ms-summary", "Name of the Item")),
                at("/definitions/Item/properties/name", "property \"name\" has no title"))
            .output(SWAGGER, added(20, "\"title\" : \"Name of the Item\","))
            .invalid(
                "without either label the title is its name's words; a description needs a person",
                tasks(
                    s ->
                        s.withObject("definitions")
                            .putObject("Item")
                            .put("type", "object")
                            .putObject("properties")
                            .putObject("due_date")
                            .put("type", "string")),
                at("/definitions/Item/properties/due_date", "property \"due_date\" has no title"))
            .output(SWAGGER, added(20, "\"title\" : \"Due Date\",")),
        RuleCases.of(DefinitionPropertyDescriptionMissing.class)
            .valid(
                "a property with a description, or a $ref",
                tasks(
                    s -> {
                      definitionProperty(s).put("title", "Name").put("description", "The name.");
                      s.withObject("definitions")
                          .withObject("Item")
                          .withObject("properties")
                          .putObject("owner")
                          .put("$ref", "#/definitions/Item");
                    }))
            .invalid(
                "a property with a title but no description",
                tasks(s -> definitionProperty(s).put("title", "Name").put("x-ms-summary", "Name")),
                at("/definitions/Item/properties/name", "property \"name\" has no description")),
        RuleCases.of(ArrayHasNoItems.class)
            .valid(
                "an array with items", tasks(s -> list(s).putObject("items").put("type", "string")))
            .invalid(
                "an array without items",
                tasks(s -> list(s)),
                at(OP + "/responses/200/schema/properties/list", "array schema without items")),
        RuleCases.of(SchemaReferenceNotFound.class)
            .valid(
                "a reference to a definition",
                tasks(
                    s -> {
                      s.withObject("definitions").set("Task", ok(s).get("schema").deepCopy());
                      ok(s).putObject("schema").put("$ref", "#/definitions/Task");
                    }))
            .invalid(
                "a reference to a missing definition",
                tasks(s -> ok(s).putObject("schema").put("$ref", "#/definitions/Missing")),
                at(
                    OP + "/responses/200/schema/$ref",
                    "schema reference #/definitions/Missing does not resolve within the file")),
        RuleCases.of(EnumMustContainAtLeastOneElement.class)
            .valid(
                "an enum of one value",
                tasks(
                    s ->
                        ((ObjectNode) s.at(OP + "/responses/200/schema/properties/name"))
                            .putArray("enum")
                            .add("a")))
            .invalid(
                "an empty enum",
                tasks(
                    s ->
                        ((ObjectNode) s.at(OP + "/responses/200/schema/properties/name"))
                            .putArray("enum")),
                at(OP + "/responses/200/schema/properties/name/enum", "empty enum")),
        RuleCases.of(RequiredPropertyDefinitionMissing.class)
            .valid(
                "a required property that is defined",
                tasks(s -> ok(s).withObject("schema").putArray("required").add("name")))
            .invalid(
                "a required property that is not defined",
                tasks(s -> ok(s).withObject("schema").putArray("required").add("missing")),
                at(
                    OP + "/responses/200/schema/required/0",
                    "required property \"missing\" is not defined")));
  }

  /** A "list" property of the 200 response: an array, with its labels, and no items yet. */
  private static ObjectNode list(ObjectNode swagger) {
    return ok(swagger)
        .withObject("schema")
        .withObject("properties")
        .putObject("list")
        .put("type", "array")
        .put("x-ms-summary", "List")
        .put("title", "List")
        .put("description", "A list.");
  }

  @Test
  void aRuleListsAtMostItsLimitPerConnectorThenCountsTheRest() {
    ConnectorFixture many =
        tasks(
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
}
