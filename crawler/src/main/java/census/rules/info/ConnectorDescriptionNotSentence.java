package census.rules.info;

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
    id = "ConnectorDescriptionNotSentence",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.AUTHORING
            + ", key rules: \"description ... Must be a full, descriptive sentence ending in"
            + " punctuation\"; "
            + Sources.CERTIFICATION
            + ", \"Create quality English language strings\"",
    doc =
        "The connector description is written in full sentences and ends with a full stop,"
            + " question mark or exclamation mark: it is shown as prose in the gallery and"
            + " translated as such.",
    fix = "End the description with punctuation, e.g. \"... in your workspace.\"")
public final class ConnectorDescriptionNotSentence implements Rule {
  /** Terminal punctuation, optionally inside closing quotes or parentheses. */
  static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\\p{Pe}\\p{Pf}\"']*$");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Documents.withDescription(
        connector,
        (doc, description) -> {
          if (!SENTENCE_END.matcher(description).find()) {
            findings.at(
                doc,
                "/info/description",
                "description does not end with punctuation; write it as full sentences");
          }
        });
  }
}
