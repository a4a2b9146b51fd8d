package census.rules.text;

import static census.testing.ConnectorFixture.SWAGGER;
import static census.testing.RuleCases.Expected.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.connector.ConnectorContext;
import census.connector.ConnectorFolder;
import census.connector.RepositoryView;
import census.model.ConnectorKind;
import census.rules.Finding;
import census.rules.RuleCatalog;
import census.rules.RuleEngine;
import census.testing.ConnectorFixture;
import census.testing.RuleCaseSource;
import census.testing.RuleCases;
import census.testing.RuleTester;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The rules on display text: identifiers in prose, labels' characters, spelling. */
class TextRulesTest implements RuleCaseSource {
  private static final String PARAM = "/paths/~1tasks~1{taskId}/get/parameters/0";
  private static final String GET = "/paths/~1tasks~1{taskId}/get";
  private static final String NAME = GET + "/responses/200/schema/properties/name";
  private static final String SWAGGER = ConnectorFixture.SWAGGER;

  private static ConnectorFixture edit(Consumer<ObjectNode> change) {
    return ConnectorFixture.named("Contoso").swagger(change);
  }

  private static ConnectorFixture description(String text) {
    return edit(s -> ((ObjectNode) s.at(GET)).put("description", text));
  }

  private static ConnectorFixture parameterSummary(String summary) {
    return edit(s -> ((ObjectNode) s.at(PARAM)).put("x-ms-summary", summary));
  }

  private static ConnectorFixture propertySummary(String summary) {
    return edit(s -> ((ObjectNode) s.at(NAME)).put("x-ms-summary", summary));
  }

  @Override
  public List<RuleCases> ruleCases() {
    return List.of(
        RuleCases.of(CamelCaseString.class)
            .valid(
                "brands, quoted identifiers and date formats",
                description(
                    "Gets a task from SharePoint or the iPhone app; the `taskId` and \"userId\""
                        + " stay as they are, dates look like yyyy-MM-ddTHH:mm:ssZ."))
            .valid("the connector's title is a brand name", ConnectorFixture.named("HubSpot"))
            .valid(
                "examples and defaults are data, not text",
                edit(
                    s ->
                        ((ObjectNode) s.at(PARAM))
                            .putObject("default")
                            .put("description", "someValue")))
            .invalid(
                "a summary that is one camelCase word: its words in Title Case",
                parameterSummary("taskId"),
                at(
                    PARAM + "/x-ms-summary",
                    "x-ms-summary \"taskId\" is a CamelCase identifier that will not be"
                        + " translated"))
            .output(
                SWAGGER,
                "-" + " ".repeat(24) + "\"x-ms-summary\" : \"taskId\",",
                "+" + " ".repeat(24) + "\"x-ms-summary\" : \"Task ID\",")
            .invalid(
                "a summary that is one PascalCase word",
                parameterSummary("MinimizeHighways"),
                at(
                    PARAM + "/x-ms-summary",
                    "x-ms-summary \"MinimizeHighways\" is a CamelCase identifier that will not"
                        + " be translated"))
            .output(
                SWAGGER,
                "-" + " ".repeat(24) + "\"x-ms-summary\" : \"MinimizeHighways\",",
                "+" + " ".repeat(24) + "\"x-ms-summary\" : \"Minimize Highways\",")
            .invalid(
                "an operation summary in sentence case, a description as a sentence",
                edit(
                    s -> {
                      ((ObjectNode) s.at(GET)).put("summary", "getTask");
                      ((ObjectNode) s.at(NAME)).put("description", "taskName");
                    }),
                at(
                    GET + "/summary",
                    "summary \"getTask\" is a CamelCase identifier that will not be translated"),
                at(
                    NAME + "/description",
                    "description \"taskName\" is a CamelCase identifier that will not be"
                        + " translated"))
            .output(
                SWAGGER,
                "-" + " ".repeat(16) + "\"summary\" : \"getTask\",",
                "+" + " ".repeat(16) + "\"summary\" : \"Get task\",",
                "-" + " ".repeat(36) + "\"description\" : \"taskName\",",
                "+" + " ".repeat(36) + "\"description\" : \"Task name.\",")
            .invalid(
                "the label is written out, and the description that would repeat it is left",
                edit(
                    s ->
                        ((ObjectNode) s.at(PARAM))
                            .put("x-ms-summary", "pageSize")
                            .put("description", "pageSize")),
                at(
                    PARAM + "/x-ms-summary",
                    "x-ms-summary \"pageSize\" is a CamelCase identifier that will not be"
                        + " translated"),
                at(
                    PARAM + "/description",
                    "description \"pageSize\" is a CamelCase identifier that will not be"
                        + " translated"))
            .output(
                SWAGGER,
                "-" + " ".repeat(24) + "\"x-ms-summary\" : \"pageSize\",",
                "+" + " ".repeat(24) + "\"x-ms-summary\" : \"Page Size\",")
            .invalid(
                "no description that would repeat the label ParameterSummaryMissing writes",
                edit(
                    s ->
                        ((ObjectNode) s.at(PARAM))
                            .put("name", "pageSize")
                            .put("description", "pageSize")
                            .remove("x-ms-summary")),
                at(
                    PARAM + "/description",
                    "description \"pageSize\" is a CamelCase identifier that will not be"
                        + " translated"))
            .invalid(
                "the connector's own identifier in prose goes in backticks",
                description("Gets the task with the given taskId."),
                at(
                    GET + "/description",
                    "description holds \"taskId\", a CamelCase identifier that will not be"
                        + " translated"))
            .output(
                SWAGGER,
                "-"
                    + " ".repeat(16)
                    + "\"description\" : \"Gets the task with the given taskId.\",",
                "+"
                    + " ".repeat(16)
                    + "\"description\" : \"Gets the task with the given `taskId`.\",")
            .invalid(
                "no fix for a brand in prose, a trigger's summary, or the connector's info",
                edit(
                    s -> {
                      ((ObjectNode) s.at(GET))
                          .put("description", "Gets a task from the myStrom app.")
                          .put("summary", "taskCreated")
                          .put("x-ms-trigger", "single");
                      ((ObjectNode) s.at("/info")).put("description", "ContosoTasks");
                    }),
                at(
                    "/info/description",
                    "description \"ContosoTasks\" is a CamelCase identifier that will not be"
                        + " translated"),
                at(
                    GET + "/summary",
                    "summary \"taskCreated\" is a CamelCase identifier that will not be"
                        + " translated"),
                at(
                    GET + "/description",
                    "description holds \"myStrom\", a CamelCase identifier that will not be"
                        + " translated")),
        RuleCases.of(LabelRestrictedCharacters.class)
            .valid("an apostrophe in a schema property's label", propertySummary("Owner's Name"))
            // A schema property's label may hold the apostrophe; the hyphen becomes a space and the
            // label Title Case, as LabelNotTitleCase would have it.
            .invalid(
                "a hyphen in a schema property's label",
                propertySummary("Owner's Multi-value"),
                at(
                    NAME + "/x-ms-summary",
                    "x-ms-summary \"Owner's Multi-value\" of \"name\" holds \"-\"; a label holds"
                        + " no hyphens or underscores"))
            .output(
                SWAGGER,
                "-                                    \"x-ms-summary\" : \"Owner's Multi-value\"",
                "+                                    \"x-ms-summary\" : \"Owner's Multi Value\"")
            .invalid(
                "an apostrophe in a parameter's label, which is stricter",
                parameterSummary("Owner's Name"),
                at(
                    PARAM + "/x-ms-summary",
                    "x-ms-summary \"Owner's Name\" of \"taskId\" holds \"'\"; a parameter's"
                        + " label holds only letters, digits, spaces and parentheses"))
            .output(
                SWAGGER,
                "-                        \"x-ms-summary\" : \"Owner's Name\",",
                "+                        \"x-ms-summary\" : \"Owners Name\",")
            .invalid(
                "an OData option, a question mark and e-mail",
                parameterSummary("$top e-mail results?"),
                at(
                    PARAM + "/x-ms-summary",
                    "x-ms-summary \"$top e-mail results?\" of \"taskId\" holds \"$\"; a"
                        + " parameter's label holds only letters, digits, spaces and parentheses"))
            .output(
                SWAGGER,
                "-                        \"x-ms-summary\" : \"$top e-mail results?\",",
                "+                        \"x-ms-summary\" : \"Top Email Results\",")
            .invalid(
                "separators around parentheses",
                parameterSummary("Start_time (UTC) - optional;"),
                at(
                    PARAM + "/x-ms-summary",
                    "x-ms-summary \"Start_time (UTC) - optional;\" of \"taskId\" holds \"_\"; a"
                        + " parameter's label holds only letters, digits, spaces and parentheses"))
            .output(
                SWAGGER,
                "-                        \"x-ms-summary\" : \"Start_time (UTC) - optional;\",",
                "+                        \"x-ms-summary\" : \"Start Time (UTC) Optional\",")
            // A dot inside a word is an abbreviation, a version or code; quotes mark a name.
            .invalid(
                "an abbreviation",
                parameterSummary("Start date (e.g. 20120101)"),
                at(
                    PARAM + "/x-ms-summary",
                    "x-ms-summary \"Start date (e.g. 20120101)\" of \"taskId\" holds \".\"; a"
                        + " parameter's label holds only letters, digits, spaces and parentheses"))
            .invalid(
                "a quoted name",
                parameterSummary("Session ID (from \"Login\")"),
                at(
                    PARAM + "/x-ms-summary",
                    "x-ms-summary \"Session ID (from \"Login\")\" of \"taskId\" holds \"\"\"; a"
                        + " parameter's label holds only letters, digits, spaces and parentheses"))
            // Without its "$", the label would be one CamelCase word, which CamelCaseString
            // reports.
            .invalid(
                "an OData option that is an identifier",
                parameterSummary("$orderBy"),
                at(
                    PARAM + "/x-ms-summary",
                    "x-ms-summary \"$orderBy\" of \"taskId\" holds \"$\"; a parameter's label"
                        + " holds only letters, digits, spaces and parentheses")),
        RuleCases.of(Misspelling.class)
            .valid(
                "British spellings, acronyms, URLs and the connector's names",
                description(
                    "Retrieves the user's organisation and the colour of a comma-separated list"
                        + " from Contoso Cloud, in JSON, via the webhook; the taskId is"
                        + " https://example.com/typo-ish/kjhsdf."))
            .valid(
                "a capitalised word inside a sentence is a name",
                description("Gets the Taskly task."))
            .valid(
                "words of the connector's own identifiers are its vocabulary",
                edit(
                    s ->
                        ((ObjectNode) s.at(GET))
                            .put("operationId", "GetFrobnicator")
                            .put("description", "Gets the frobnicator.")))
            .invalid(
                "a misspelt word",
                description("Gets one task; an error occured if it is gone."),
                at(GET + "/description", "description: \"occured\" is not in the dictionary")));
  }

  @Test
  void aLabelFindingCarriesItsLine() {
    List<Finding> found = RuleTester.check(CamelCaseString.class, parameterSummary("taskId"));
    assertTrue(found.get(0).line() > 0, found.toString());
  }

  @Test
  void titleCaseAllowsMinorWordsNamesAndCodeButNotALowerCaseWord() {
    for (String fine :
        List.of(
            "Task ID",
            "Name of the Task",
            "iPhone Model",
            "Start Time (UTC)",
            "Due Date in `yyyy-MM-dd`",
            "Multi-value Lookup")) {
      assertTrue(Labels.firstNotCapitalized(fine).isEmpty(), fine);
    }
    assertEquals("id", Labels.firstNotCapitalized("Task id").orElseThrow());
    assertEquals("of", Labels.firstNotCapitalized("of Tasks").orElseThrow(), "first word");
    assertEquals("due", Labels.firstNotCapitalized("due_date").orElseThrow());
    assertEquals("formatted", Labels.firstNotCapitalized("Postal Code (formatted)").orElseThrow());
  }

  @Test
  void spellingRunsOnlyWhenOptedIn() {
    ConnectorFolder folder =
        RuleTester.folder(description("Gets one taks."), ConnectorKind.CERTIFIED);
    ConnectorContext context = new ConnectorContext(folder, RepositoryView.EMPTY);
    RuleCatalog catalog = RuleCatalog.standard();
    assertTrue(
        new RuleEngine(catalog)
            .check(context).stream().noneMatch(f -> f.ruleId().equals(Misspelling.ID)));
    assertEquals(
        1,
        new RuleEngine(catalog, Set.of(Misspelling.ID))
            .check(context).stream().filter(f -> f.ruleId().equals(Misspelling.ID)).count());
  }
}
