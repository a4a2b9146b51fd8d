package census.rules.operations;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Fixability;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "RestrictedCharactersInSummary",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": RestrictedCharactersInSummary"
            + "; "
            + Sources.CERTIFICATION
            + ", \"Define operation and parameter summaries and descriptions\"",
    doc =
        "Operation summaries contain only letters, digits, spaces and parentheses — no slashes or other symbols.",
    fix =
        "Rewrite the summary in plain words, e.g. \"Get or create a task\" instead of \"Get/create task\".",
    fixability = Fixability.SAFE,
    fixSafety =
        "A summary is the name the designer shows for an action; flows call the operation by its"
            + " operationId. The fix turns separators into spaces and drops trailing punctuation and"
            + " an apostrophe inside a word; a dot or slash inside a word, quotes, brackets and other"
            + " symbols get no fix, nor does a summary the other summary rules would then report"
            + " (one in Title Case is SummaryNotSentenceCase's, whose fix does both).")
public final class RestrictedCharactersInSummary implements Rule {
  static final java.util.regex.Pattern ALLOWED =
      java.util.regex.Pattern.compile("[\\p{L}\\p{N} ()]*");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          String summary = op.node().path("summary").asText("");
          if (!ALLOWED.matcher(summary).matches()) {
            findings.at(
                doc,
                op.pointer() + "/summary",
                "summary \""
                    + summary
                    + "\" contains characters other than letters, digits, spaces and parentheses",
                SummaryFixes.edit(doc, op, SummaryFixes.cleaned(summary)));
          }
        });
  }
}
