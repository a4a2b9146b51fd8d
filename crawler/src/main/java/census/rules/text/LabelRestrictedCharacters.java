package census.rules.text;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "LabelRestrictedCharacters",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.CERTIFICATION
            + ", \"parameter summaries ... contain only alphanumeric characters or parentheses\"; "
            + Sources.AUTHORING
            + ", \"x-ms-summary— ... without hyphens or underscores\"",
    doc =
        "A parameter's x-ms-summary holds only letters, digits, spaces and parentheses, and no"
            + " x-ms-summary of a schema property holds a hyphen or an underscore: a label is"
            + " words, not the field's name (\"Form Name\", not \"form_name\").",
    fix = "Write the label in words: \"Form Name\" for form_name, \"Start Time\" for start-time.")
public final class LabelRestrictedCharacters implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Labels.each(
        connector,
        (doc, label) -> {
          if (label.kind() == Labels.Kind.PROPERTY_TITLE) {
            return;
          }
          boolean parameter = label.kind() == Labels.Kind.PARAMETER_SUMMARY;
          String value = label.value();
          for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean restricted =
                parameter
                    ? !Character.isLetterOrDigit(c) && c != ' ' && c != '(' && c != ')'
                    : c == '-' || c == '_';
            if (restricted) {
              findings.at(
                  doc,
                  label.pointer(),
                  "x-ms-summary \""
                      + value
                      + "\" of \""
                      + label.owner()
                      + "\" holds \""
                      + c
                      + (parameter
                          ? "\"; a parameter's label holds only letters, digits, spaces and"
                              + " parentheses"
                          : "\"; a label holds no hyphens or underscores"));
              return;
            }
          }
        });
  }
}
