package census.rules.info;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Fixability;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.TextFixes;
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
    fix = "End the description with punctuation, e.g. \"... in your workspace.\"",
    fixability = Fixability.SAFE,
    fixSafety =
        "The description is text the gallery shows; no flow reads it. The fix adds a full stop"
            + " after a final letter, digit or closing bracket; a description ending in a URL, code"
            + " or a symbol gets none, nor one the full stop would take past FieldLengthNotInRange's"
            + " 500 characters or leave under its 30.")
public final class ConnectorDescriptionNotSentence implements Rule {
  /** Terminal punctuation, optionally inside closing quotes or parentheses. */
  static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\\p{Pe}\\p{Pf}\"']*$");

  /** Within FieldLengthNotInRange's limits, whose finding names the length. */
  private static boolean inRange(String description) {
    String text = description.strip();
    int length = text.codePointCount(0, text.length());
    return length >= FieldLengthNotInRange.MIN && length <= FieldLengthNotInRange.MAX;
  }

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Documents.withDescription(
        connector,
        (doc, description) -> {
          if (!SENTENCE_END.matcher(description).find()) {
            findings.at(
                doc,
                "/info/description",
                "description does not end with punctuation; write it as full sentences",
                TextFixes.replace(
                    doc,
                    "/info/description",
                    TextFixes.withFullStop(doc.tree().at("/info/description").asText())
                        .filter(ConnectorDescriptionNotSentence::inRange)));
          }
        });
  }
}
