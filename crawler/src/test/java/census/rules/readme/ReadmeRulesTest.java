package census.rules.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.model.ConnectorKind;
import census.rules.Finding;
import census.testing.ConnectorFixture;
import census.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadmeRulesTest {
  @Test
  void aMissingOrEmptyReadmeFires() {
    List<Finding> missing =
        RuleTester.check(
            ReadmeMissing.class, ConnectorFixture.named("Contoso").without("readme.md"));
    assertEquals(1, missing.size());
    assertEquals("readme.md", missing.get(0).file());
    assertEquals(0, missing.get(0).line());
    List<Finding> empty =
        RuleTester.check(
            ReadmeMissing.class, ConnectorFixture.named("Contoso").file("readme.md", "\n  \n"));
    assertEquals(List.of("readme.md is empty"), empty.stream().map(Finding::message).toList());
    assertTrue(
        RuleTester.check(
                ReadmeMissing.class,
                ConnectorFixture.named("Contoso").without("readme.md").file("README.md", "# Hi"))
            .isEmpty(),
        "the name is matched without case");
    assertTrue(RuleTester.check(ReadmeMissing.class, ConnectorFixture.named("Contoso")).isEmpty());
  }

  @Test
  void missingSectionsAreNamedInOneFinding() {
    ConnectorFixture bare =
        ConnectorFixture.named("Contoso")
            .file("readme.md", "# Contoso\n\nManages tasks.\n\n## Pre-requisites\n\nAn account.\n");
    List<Finding> found = RuleTester.check(ReadmeSectionMissing.class, bare);
    assertEquals(1, found.size());
    assertEquals(
        "readme.md lacks the sections Publisher, Supported Operations, Known Issues and"
            + " Limitations",
        found.get(0).message());
  }

  @Test
  void credentialsAreRequiredOnlyWhenTheConnectorAuthenticates() {
    String readme =
        "# Contoso\n\n**Publisher:** Jane Doe\n\n## Prerequisites\n\nx\n\n## Supported Actions\n\n"
            + "x\n\n## Known limitations\n\nNone.\n";
    ConnectorFixture noAuth = ConnectorFixture.named("Contoso").file("readme.md", readme);
    assertTrue(RuleTester.check(ReadmeSectionMissing.class, noAuth).isEmpty());
    ConnectorFixture apiKey =
        ConnectorFixture.named("Contoso")
            .file("readme.md", readme)
            .properties(
                p ->
                    p.withObjectProperty("properties")
                        .withObjectProperty("connectionParameters")
                        .withObjectProperty("api_key")
                        .put("type", "securestring"));
    List<Finding> found = RuleTester.check(ReadmeSectionMissing.class, apiKey);
    assertEquals(
        List.of("readme.md lacks the sections Obtaining Credentials"),
        found.stream().map(Finding::message).toList());
    ConnectorFixture withCredentials =
        ConnectorFixture.named("Contoso")
            .file("readme.md", readme + "\n## How to get credentials\n\nSign up.\n")
            .properties(
                p ->
                    p.withObjectProperty("properties")
                        .withObjectProperty("connectionParameters")
                        .withObjectProperty("api_key")
                        .put("type", "securestring"));
    assertTrue(RuleTester.check(ReadmeSectionMissing.class, withCredentials).isEmpty());
  }

  @Test
  void sectionsAreNotRequiredOfCustomConnectorSamples() {
    ConnectorFixture bare = ConnectorFixture.named("Contoso").file("readme.md", "# Contoso\n");
    assertEquals(1, RuleTester.check(ReadmeSectionMissing.class, bare).size());
    assertTrue(RuleTester.check(ReadmeSectionMissing.class, bare, ConnectorKind.CUSTOM).isEmpty());
  }

  private static final String INTRO =
      """
      # Contoso Tasks

      Contoso Tasks keeps a team's work in one list. This connector creates and tracks tasks.

      ## Prerequisites

      A Contoso account.

      ## Get started with your connector

      Create a task when a form is submitted.

      ## Known issues and limitations

      None.

      ## Common errors and remedies

      A 404 means the task was deleted.

      ## FAQ

      Ask us anything.
      """;

  private static List<String> introFindings(Class<? extends census.rules.Rule> rule, String intro) {
    return RuleTester.check(rule, ConnectorFixture.named("Contoso").file("intro.md", intro))
        .stream()
        .map(Finding::message)
        .toList();
  }

  @Test
  void anIntroFollowsTheTemplate() {
    assertEquals(List.of(), introFindings(IntroSectionMissing.class, INTRO));
    assertEquals(
        List.of(),
        RuleTester.check(IntroSectionMissing.class, ConnectorFixture.named("Contoso")),
        "no intro.md, nothing to check");
    assertEquals(
        List.of(
            "intro.md lacks the sections Get started with your connector, Common errors and"
                + " remedies, FAQ"),
        introFindings(
            IntroSectionMissing.class,
            "# Contoso\n\nTasks.\n\n## Prerequisites\n\nAn account.\n\n"
                + "## Known issues\n\nNone.\n"));
  }

  @Test
  void anIntroDoesNotListOperations() {
    assertEquals(List.of(), introFindings(IntroListsOperations.class, INTRO));
    assertEquals(
        List.of("intro.md lists the connector's operations under \"supported actions\""),
        introFindings(
            IntroListsOperations.class, INTRO + "\n## Supported Actions\n\n- Get a task\n"));
  }

  @Test
  void anIntroOpensWithOneParagraphOfAtMostEightSentences() {
    assertEquals(List.of(), introFindings(IntroDescriptionTooLong.class, INTRO));
    String nine = "It works. ".repeat(9);
    assertEquals(
        List.of(
            "intro.md opens with 1 paragraph of 9 sentences; the template asks for one of at most"
                + " 8"),
        introFindings(IntroDescriptionTooLong.class, "# Contoso\n\n" + nine + "\n\n## FAQ\n"));
    assertEquals(
        1,
        introFindings(IntroDescriptionTooLong.class, "# Contoso\n\nOne thing.\n\nAnother thing.\n")
            .size(),
        "two paragraphs");
  }
}
