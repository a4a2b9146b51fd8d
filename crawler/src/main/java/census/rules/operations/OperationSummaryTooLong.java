package census.rules.operations;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "OperationSummaryTooLong",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": OperationSummaryTooLong; "
            + Sources.CERTIFICATION
            + ", \"Define operation and parameter summaries\"",
    doc =
        "An operation summary is at most 80 characters. The validator's page allows 120, the"
            + " certification guide 80; Census checks the stricter limit that certification applies:"
            + " longer summaries are cut off in the designer.",
    fix = "Shorten the summary; move detail into the description.")
public final class OperationSummaryTooLong implements Rule {
  /** The longest summary, operation or parameter, in characters (code points). */
  public static final int SUMMARY_MAX = 80;

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          JsonNode summary = op.node().path("summary");
          if (!summary.isTextual()) {
            return;
          }
          String s = summary.asText();
          int length = s.codePointCount(0, s.length());
          if (length > SUMMARY_MAX) {
            findings.at(
                doc,
                op.pointer() + "/summary",
                "summary of "
                    + op.label()
                    + " is "
                    + length
                    + " characters; the limit is "
                    + SUMMARY_MAX);
          }
        });
  }
}
