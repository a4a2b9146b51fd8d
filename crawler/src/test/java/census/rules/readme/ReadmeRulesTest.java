package census.rules.readme;

import static census.testing.RuleCases.Expected.in;
import static org.junit.jupiter.api.Assertions.assertEquals;

import census.model.ConnectorKind;
import census.rules.Finding;
import census.testing.ConnectorFixture;
import census.testing.RuleCaseSource;
import census.testing.RuleCases;
import census.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules on readme.md and intro.md: their presence and the sections of the templates. */
class ReadmeRulesTest implements RuleCaseSource {
  private static final String README = "readme.md";
  private static final String INTRO_MD = "intro.md";

  /** A readme with the template's sections under other names, and no credentials section. */
  private static final String NO_CREDENTIALS =
      "# Contoso\n\n**Publisher:** Jane Doe\n\n## Prerequisites\n\nx\n\n## Supported Actions\n\n"
          + "x\n\n## Known limitations\n\nNone.\n";

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

  private static ConnectorFixture readme(String text) {
    return ConnectorFixture.named("Contoso").file(README, text);
  }

  private static ConnectorFixture intro(String text) {
    return ConnectorFixture.named("Contoso").file(INTRO_MD, text);
  }

  /** A connector signed in to with an API key, whose readme is {@code text}. */
  private static ConnectorFixture apiKey(String text) {
    return readme(text)
        .properties(
            p ->
                p.withObject("/properties/connectionParameters/api_key")
                    .put("type", "securestring"));
  }

  private static ConnectorFixture withoutReadme() {
    return ConnectorFixture.named("Contoso").without(README);
  }

  @Override
  public List<RuleCases> ruleCases() {
    return List.of(
        RuleCases.of(ReadmeMissing.class)
            .valid("the name is matched without case", withoutReadme().file("README.md", "# Hi"))
            .invalid("no readme", withoutReadme(), in(README, "", "the folder has no readme.md"))
            .invalid("only white space", readme("\n  \n"), in(README, "", "readme.md is empty")),
        RuleCases.of(ReadmeSectionMissing.class)
            .valid("no credentials section for a connector without sign-in", readme(NO_CREDENTIALS))
            .valid(
                "credentials under another heading",
                apiKey(NO_CREDENTIALS + "\n## How to get credentials\n\nSign up.\n"))
            .invalid(
                "three missing sections in one finding",
                readme("# Contoso\n\nManages tasks.\n\n## Pre-requisites\n\nAn account.\n"),
                in(
                    README,
                    "",
                    "readme.md lacks the sections Publisher, Supported Operations, Known Issues"
                        + " and Limitations"))
            .invalid(
                "no credentials section for a connector with an API key",
                apiKey(NO_CREDENTIALS),
                in(README, "", "readme.md lacks the sections Obtaining Credentials"))
            .invalid(
                "a title alone",
                readme("# Contoso\n"),
                in(
                    README,
                    "",
                    "readme.md lacks the sections Publisher, Prerequisites, Supported"
                        + " Operations, Known Issues and Limitations"))
            .kind(ConnectorKind.CUSTOM)
            .valid("sections are not required of custom connector samples", readme("# Contoso\n")),
        RuleCases.of(IntroSectionMissing.class)
            .valid("the template's sections", intro(INTRO))
            .valid("no intro.md, nothing to check", ConnectorFixture.named("Contoso"))
            .invalid(
                "three missing sections",
                intro(
                    "# Contoso\n\nTasks.\n\n## Prerequisites\n\nAn account.\n\n"
                        + "## Known issues\n\nNone.\n"),
                in(
                    INTRO_MD,
                    "",
                    "intro.md lacks the sections Get started with your connector, Common errors"
                        + " and remedies, FAQ")),
        RuleCases.of(IntroListsOperations.class)
            .valid("the template's sections", intro(INTRO))
            .invalid(
                "a list of actions",
                intro(INTRO + "\n## Supported Actions\n\n- Get a task\n"),
                in(
                    INTRO_MD,
                    "",
                    "intro.md lists the connector's operations under \"supported actions\"")),
        RuleCases.of(IntroDescriptionTooLong.class)
            .valid("one paragraph of two sentences", intro(INTRO))
            .invalid(
                "nine sentences",
                intro("# Contoso\n\n" + "It works. ".repeat(9) + "\n\n## FAQ\n"),
                in(
                    INTRO_MD,
                    "",
                    "intro.md opens with 1 paragraph of 9 sentences; the template asks for one of"
                        + " at most 8"))
            .invalid(
                "two paragraphs",
                intro("# Contoso\n\nOne thing.\n\nAnother thing.\n"),
                in(
                    INTRO_MD,
                    "",
                    "intro.md opens with 2 paragraphs of 2 sentences; the template asks for one"
                        + " of at most 8")));
  }

  @Test
  void aMissingReadmeHasNoLine() {
    List<Finding> missing = RuleTester.check(ReadmeMissing.class, withoutReadme());
    assertEquals(List.of(0), missing.stream().map(Finding::line).toList());
  }
}
