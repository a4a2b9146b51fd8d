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
    id = "LabelNotTitleCase",
    severity = Severity.INFO,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.AUTHORING
            + ", \"x-ms-summary— ... Use Title Case\" and Definitions, \"title— Must be in Title"
            + " Case\"",
    doc =
        "The x-ms-summary of parameters and schema properties and the title of definition"
            + " properties are in Title Case: every word capitalized except short words such as"
            + " \"of\" and \"the\" after the first. Names with a capital inside (iPhone), code,"
            + " quoted names and URLs are left as they are.",
    fix = "Capitalize each word, e.g. \"Due Date\" rather than \"Due date\" or \"due_date\".",
    fixability = Fixability.SAFE,
    fixSafety =
        "A label is what the designer shows for a field, not its name: flows refer to the"
            + " parameter or property by name, so capital letters in its label change nothing they"
            + " send or receive. The fix also takes out what LabelRestrictedCharacters reports, and"
            + " is not offered where that needs a person.")
public final class LabelNotTitleCase implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Labels.each(
        connector,
        (doc, label) ->
            Labels.firstNotCapitalized(label.value())
                .ifPresent(
                    word ->
                        findings.at(
                            doc,
                            label.pointer(),
                            label.kind().key
                                + " \""
                                + label.value()
                                + "\" of \""
                                + label.owner()
                                + "\" is not in Title Case (\""
                                + word
                                + "\")",
                            Labels.fix(doc, label))));
  }
}
