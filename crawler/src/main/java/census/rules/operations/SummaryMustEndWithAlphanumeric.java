package census.rules.operations;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Fixability;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import census.rules.info.ValueMustEndWithAlphanumeric;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "SummaryMustEndWithAlphanumeric",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": ValueMustEndWithAlphanumeric"
            + "; "
            + Sources.AUTHORING
            + ", \"summary\"; "
            + Sources.CERTIFICATION
            + ", summaries \"contain only alphanumeric characters or parentheses\"",
    doc =
        "An operation summary ends with a letter or digit: no trailing period, space or symbol."
            + " A closing parenthesis is accepted after a letter or digit, as in \"Get items"
            + " (V2)\", since the same guidelines allow parentheses in summaries.",
    fix = "Remove the trailing punctuation or space.",
    fixability = Fixability.SAFE,
    fixSafety =
        "A summary is the name the designer shows for an action; flows call the operation by its"
            + " operationId. The fix drops a trailing full stop, comma, colon or white space (and,"
            + " as RestrictedCharactersInSummary's fix, other separators); a summary ending in a"
            + " bracket or symbol, as \"List Records [DEPRECATED]\", gets none.",
    version = 2)
public final class SummaryMustEndWithAlphanumeric implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          String summary = op.node().path("summary").asText("");
          if (!summary.isEmpty() && ValueMustEndWithAlphanumeric.offending(summary).isPresent()) {
            findings.at(
                doc,
                op.pointer() + "/summary",
                "summary \"" + summary + "\" does not end with a letter or digit",
                SummaryFixes.edit(doc, op, SummaryFixes.cleaned(summary)));
          }
        });
  }
}
