package census.rules.readme;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;
import java.util.regex.Pattern;

@AutoService(Rule.class)
@RuleInfo(
    id = "IntroListsOperations",
    severity = Severity.WARNING,
    files = {"intro.md"},
    source =
        Sources.SUBMIT
            + ", \"Don't include information about your connector's actions or triggers\"",
    doc =
        "An intro.md has no section listing the connector's actions or triggers (\"Supported"
            + " operations\", \"Actions\", \"Triggers\"): certification generates that list from the"
            + " definition, and a hand-written one goes stale.",
    fix = "Remove the list of operations; describe use cases under \"Get started\" instead.")
public final class IntroListsOperations implements Rule {
  /** A heading that announces a list of operations, such as "Supported Actions" or "Triggers". */
  static final Pattern LIST_HEADING =
      Pattern.compile("^(supported |available )?(operations|actions|triggers)( and \\w+)?$");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .intro()
        .ifPresent(
            intro ->
                TemplateSections.headings(intro).stream()
                    .filter(h -> LIST_HEADING.matcher(h.strip()).matches())
                    .findFirst()
                    .ifPresent(
                        h ->
                            findings.file(
                                intro.file(),
                                "intro.md lists the connector's operations under \""
                                    + h.strip()
                                    + "\"")));
  }
}
