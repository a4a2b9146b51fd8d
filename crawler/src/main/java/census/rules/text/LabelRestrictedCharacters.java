package census.rules.text;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Fixability;
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
    fix = "Write the label in words: \"Form Name\" for form_name, \"Start Time\" for start-time.",
    fixability = Fixability.SAFE,
    fixSafety =
        "A label is what the designer shows for a field, not its name: flows refer to the"
            + " parameter or property by name. The fix turns separators into spaces, drops an"
            + " apostrophe inside a word, and writes the label in Title Case as LabelNotTitleCase"
            + " asks; a dot or slash inside a word (a version, a path, \"e.g.\"), a URL, quotes,"
            + " brackets and other symbols get no fix.")
public final class LabelRestrictedCharacters implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Labels.each(
        connector,
        (doc, label) ->
            Labels.firstRestricted(label.kind(), label.value())
                .ifPresent(
                    c ->
                        findings.at(
                            doc,
                            label.pointer(),
                            "x-ms-summary \""
                                + label.value()
                                + "\" of \""
                                + label.owner()
                                + "\" holds \""
                                + c
                                + (label.kind() == Labels.Kind.PARAMETER_SUMMARY
                                    ? "\"; a parameter's label holds only letters, digits, spaces"
                                        + " and parentheses"
                                    : "\"; a label holds no hyphens or underscores"),
                            Labels.fix(doc, label))));
  }
}
