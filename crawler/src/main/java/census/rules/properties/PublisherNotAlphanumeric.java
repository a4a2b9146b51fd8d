package census.rules.properties;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.info.Documents;
import com.google.auto.service.AutoService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@AutoService(Rule.class)
@RuleInfo(
    id = "PublisherNotAlphanumeric",
    severity = Severity.WARNING,
    files = {"apiProperties.json"},
    source =
        Sources.CERTIFICATION
            + ", \"Step 3a\": publisher and stackOwner \"must be in alphanumeric format\"",
    doc =
        "publisher and stackOwner are names in alphanumeric form: letters, digits, spaces and the"
            + " punctuation of company names (. , & ' - and parentheses). A URL, an e-mail"
            + " address, a list of people separated by | or /, or a placeholder such as _____ is"
            + " not a name.",
    fix = "Write the plain name of the person or organisation, e.g. \"Contoso Corporation\".")
public final class PublisherNotAlphanumeric implements Rule {
  /** The first character that has no place in a name. */
  static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{M}\\p{N} .,&'’()\\-]|_");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Documents.properties(connector)
        .ifPresent(
            doc -> {
              for (String field : PublisherPropertiesMissing.FIELDS) {
                PropertiesNode value = PropertiesNode.properties(doc).get(field);
                Matcher bad = NOT_NAME.matcher(value.text());
                if (bad.find()) {
                  findings.at(
                      doc,
                      value.pointer(),
                      field
                          + " \""
                          + value.text()
                          + "\" contains \""
                          + bad.group()
                          + "\"; it must be a plain name");
                }
              }
            });
  }
}
