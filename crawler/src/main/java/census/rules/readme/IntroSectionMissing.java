package census.rules.readme;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;
import java.util.List;

@AutoService(Rule.class)
@RuleInfo(
    id = "IntroSectionMissing",
    severity = Severity.ERROR,
    files = {"intro.md", "apiDefinition.swagger.json", "apiProperties.json"},
    source = Sources.SUBMIT + ", \"(Required) Use the following markdown as ... a template\"",
    doc =
        "An intro.md, the connector's public documentation page, has the sections of the"
            + " template: Prerequisites, How to get credentials (only when the connector"
            + " authenticates), Get started with your connector, Known issues and limitations,"
            + " Common errors and remedies, and FAQ. Headings are matched loosely. One finding per"
            + " file names every missing section.",
    fix = "Add the missing sections as Markdown headings (## Known issues and limitations, …).")
public final class IntroSectionMissing implements Rule {
  static final List<TemplateSections.Section> SECTIONS =
      List.of(
          new TemplateSections.Section("Prerequisites", "pre-?\\s?requisite|requirement"),
          new TemplateSections.Section(
                  "How to get credentials", "credential|api key|authenticat|authoriz|access token")
              .whenAuthenticating(),
          new TemplateSections.Section(
              "Get started with your connector", "get(ting)? started|how to use|usage"),
          new TemplateSections.Section("Known issues and limitations", "known issue|limitation"),
          new TemplateSections.Section(
              "Common errors and remedies", "common error|error|remed|troubleshoot"),
          new TemplateSections.Section("FAQ", "faq|frequently asked|questions"));

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    TemplateSections.report(connector, connector.intro(), "intro.md", SECTIONS, findings);
  }
}
