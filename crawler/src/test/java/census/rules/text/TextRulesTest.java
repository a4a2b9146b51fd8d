package census.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.rules.Finding;
import census.rules.RuleCatalog;
import census.rules.RuleEngine;
import census.testing.ConnectorFixture;
import census.testing.RuleTester;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class TextRulesTest {
  private static final String PARAM = "/paths/~1tasks~1{taskId}/get/parameters/0";
  private static final String GET = "/paths/~1tasks~1{taskId}/get";

  @Test
  void aSummaryThatIsOneCamelCaseWordFires() {
    List<Finding> found =
        RuleTester.check(CamelCaseString.class, edit(s -> param(s).put("x-ms-summary", "taskId")));
    assertEquals(List.of(PARAM + "/x-ms-summary"), pointers(found));
    assertTrue(found.get(0).line() > 0);
    assertEquals(
        1,
        RuleTester.check(
                CamelCaseString.class, edit(s -> param(s).put("x-ms-summary", "MinimizeHighways")))
            .size());
  }

  @Test
  void anIdentifierInProseFiresButBrandsQuotesAndDatesDoNot() {
    assertEquals(
        List.of(GET + "/description"),
        pointers(
            RuleTester.check(
                CamelCaseString.class,
                edit(s -> op(s).put("description", "Gets the task with the given taskId.")))));
    String fine =
        "Gets a task from SharePoint or the iPhone app; the `taskId` and \"userId\" stay as"
            + " they are, dates look like yyyy-MM-ddTHH:mm:ssZ.";
    assertTrue(
        RuleTester.check(CamelCaseString.class, edit(s -> op(s).put("description", fine)))
            .isEmpty());
    assertTrue(
        RuleTester.check(
                CamelCaseString.class,
                ConnectorFixture.named("HubSpot")
                    .swagger(s -> s.withObjectProperty("info").put("title", "HubSpot")))
            .isEmpty(),
        "the connector's title is a brand name");
  }

  @Test
  void examplesAndDefaultsAreDataNotText() {
    assertTrue(
        RuleTester.check(
                CamelCaseString.class,
                edit(s -> param(s).putObject("default").put("description", "someValue")))
            .isEmpty());
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
  void aSchemaPropertysLabelMayHoldAnApostropheButNoHyphenOrUnderscore() {
    List<Finding> property =
        RuleTester.check(
            LabelRestrictedCharacters.class,
            edit(
                s ->
                    ((ObjectNode) s.at(GET + "/responses/200/schema/properties/name"))
                        .put("x-ms-summary", "Owner's Multi-value")));
    assertEquals(
        List.of(GET + "/responses/200/schema/properties/name/x-ms-summary"), pointers(property));
    assertTrue(property.get(0).message().contains("holds \"-\""), property.get(0).message());
    assertTrue(
        RuleTester.check(
                LabelRestrictedCharacters.class,
                edit(
                    s ->
                        ((ObjectNode) s.at(GET + "/responses/200/schema/properties/name"))
                            .put("x-ms-summary", "Owner's Name")))
            .isEmpty());
    List<Finding> parameter =
        RuleTester.check(
            LabelRestrictedCharacters.class,
            edit(s -> param(s).put("x-ms-summary", "Owner's Name")));
    assertEquals(
        List.of(PARAM + "/x-ms-summary"), pointers(parameter), "a parameter's is stricter");
  }

  @Test
  void misspellingsFireWithTheWord() {
    List<Finding> found =
        RuleTester.check(
            Misspelling.class,
            edit(s -> op(s).put("description", "Gets one task; an error occured if it is gone.")));
    assertEquals(1, found.size());
    assertEquals(GET + "/description", found.get(0).jsonPointer());
    assertTrue(found.get(0).message().contains("\"occured\""), found.get(0).message());
  }

  @Test
  void correctEnglishNamesAcronymsAndOwnIdentifiersPass() {
    String prose =
        "Retrieves the user's organisation and the colour of a comma-separated list from Contoso"
            + " Cloud, in JSON, via the webhook; the taskId is https://example.com/typo-ish/kjhsdf.";
    assertTrue(
        RuleTester.check(Misspelling.class, edit(s -> op(s).put("description", prose))).isEmpty());
    assertTrue(
        RuleTester.check(
                Misspelling.class, edit(s -> op(s).put("description", "Gets the Taskly task.")))
            .isEmpty(),
        "a capitalised word inside a sentence is a name");
    assertTrue(
        RuleTester.check(
                Misspelling.class,
                edit(
                    s -> {
                      op(s).put("operationId", "GetFrobnicator");
                      op(s).put("description", "Gets the frobnicator.");
                    }))
            .isEmpty(),
        "words of the connector's own identifiers are its vocabulary");
  }

  @Test
  void spellingRunsOnlyWhenOptedIn() {
    ConnectorFixture typo = edit(s -> op(s).put("description", "Gets one taks."));
    var folder = RuleTester.folder(typo, census.model.ConnectorKind.CERTIFIED);
    RuleCatalog catalog = RuleCatalog.standard();
    assertTrue(
        new RuleEngine(catalog)
                .check(
                    new census.connector.ConnectorContext(
                        folder, census.connector.RepositoryView.EMPTY))
                .stream()
                .noneMatch(f -> f.ruleId().equals(Misspelling.ID)));
    assertEquals(
        1,
        new RuleEngine(catalog, java.util.Set.of(Misspelling.ID))
                .check(
                    new census.connector.ConnectorContext(
                        folder, census.connector.RepositoryView.EMPTY))
                .stream()
                .filter(f -> f.ruleId().equals(Misspelling.ID))
                .count());
  }

  private static ConnectorFixture edit(Consumer<ObjectNode> change) {
    return ConnectorFixture.named("Contoso").swagger(change);
  }

  private static ObjectNode op(ObjectNode swagger) {
    return (ObjectNode) swagger.at(GET);
  }

  private static ObjectNode param(ObjectNode swagger) {
    return (ObjectNode) swagger.at(PARAM);
  }

  private static List<String> pointers(List<Finding> findings) {
    return findings.stream().map(Finding::jsonPointer).toList();
  }
}
