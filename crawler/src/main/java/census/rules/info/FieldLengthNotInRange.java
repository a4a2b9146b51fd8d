package census.rules.info;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "FieldLengthNotInRange",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": FieldLengthNotInRange; "
            + Sources.CERTIFICATION
            + ", \"Write a description for your connector\"",
    doc =
        "The connector description (info.description) is between 30 and 500 characters: it is"
            + " what the connector gallery shows.",
    fix = "Write one to three sentences on what the service does and what the connector offers.",
    version = 2)
public final class FieldLengthNotInRange implements Rule {
  static final int MIN = 30;
  static final int MAX = 500;

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Documents.withDescription(
        connector,
        (doc, text) -> {
          int length = text.codePointCount(0, text.length());
          if (length < MIN || length > MAX) {
            findings.at(
                doc,
                "/info/description",
                "description is " + length + " characters; it must be " + MIN + " to " + MAX);
          }
        });
  }
}
