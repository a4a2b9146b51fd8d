package census.rules.readme;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Enforcement;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "ReadmeMissing",
    severity = Severity.ERROR,
    enforcedBy = Enforcement.PLATFORM,
    rationale =
        "readme.md is one of the three required files of a submission (seed 004, \"Required files\"); the pipeline and reviewers refuse a connector folder without it.",
    files = {"readme.md"},
    source =
        Sources.AUTHORING
            + ", \"Required files\"; "
            + Sources.CERTIFICATION
            + ", \"Create a Readme file artifact\"",
    doc =
        "Every connector folder holds a readme.md documenting the connector: publisher,"
            + " prerequisites, supported operations, how to obtain credentials, known issues.",
    fix = "Add readme.md following the README template of the connector-authoring guide.")
public final class ReadmeMissing implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    if (connector.folder().readmeFile().isEmpty()) {
      findings.file("readme.md", "the folder has no readme.md");
    } else {
      // An unreadable readme is FileUnreadable's finding; here only an empty one.
      connector
          .readme()
          .filter(r -> r.text().isBlank())
          .ifPresent(r -> findings.file(r.file(), "readme.md is empty"));
    }
  }
}
