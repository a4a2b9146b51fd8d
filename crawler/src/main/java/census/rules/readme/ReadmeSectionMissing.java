package census.rules.readme;

import census.model.ConnectorKind;
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
    id = "ReadmeSectionMissing",
    severity = Severity.INFO,
    kinds = {ConnectorKind.CERTIFIED, ConnectorKind.INDEPENDENT_PUBLISHER},
    files = {"readme.md", "apiDefinition.swagger.json", "apiProperties.json"},
    source =
        Sources.AUTHORING
            + ", PR checklist: \"readme.md / intro.md follows template (Publisher, Prerequisites,"
            + " Operations, Credentials, Known Issues)\"",
    doc =
        "readme.md has the sections of the template: Publisher, Prerequisites, Supported"
            + " Operations, Obtaining Credentials (only when the connector authenticates) and Known"
            + " Issues and Limitations. Headings are matched loosely (\"Pre-requisites\", \"How to"
            + " get credentials\", \"Supported Actions\"); a \"Publisher: name\" line counts as the"
            + " Publisher section. One finding per readme names every missing section.",
    fix = "Add the missing sections as Markdown headings (## Prerequisites, and so on).")
public final class ReadmeSectionMissing implements Rule {
  static final List<TemplateSections.Section> SECTIONS =
      List.of(
          new TemplateSections.Section("Publisher", "publisher").orLine("(?i)^\\W*publisher\\W*:"),
          new TemplateSections.Section("Prerequisites", "pre-?\\s?requisite|requirement"),
          new TemplateSections.Section("Supported Operations", "operation|action|trigger"),
          new TemplateSections.Section(
                  "Obtaining Credentials",
                  "credential|api key|authenticat|authoriz|access token|get(ting)? started|set ?up"
                      + "|configur")
              .whenAuthenticating(),
          new TemplateSections.Section("Known Issues and Limitations", "known issue|limitation"));

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    TemplateSections.report(connector, connector.readme(), "readme.md", SECTIONS, findings);
  }
}
