package census.rules.parameters;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import census.rules.operations.OperationSummaryTooLong;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "ParameterSummaryTooLong",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.CERTIFICATION
            + ", \"Operation and parameter summaries should be phrases of 80 characters or"
            + " shorter\"",
    doc =
        "A parameter's x-ms-summary is at most 80 characters: it is the field's label, and longer"
            + " labels are cut off in the designer. (Operation summaries are"
            + " OperationSummaryTooLong's.)",
    fix = "Shorten the label; move detail into the parameter's description.")
public final class ParameterSummaryTooLong implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachWrittenParameter(
        connector,
        (doc, op, p) -> {
          String summary = p.node().path("x-ms-summary").asText("");
          int length = summary.codePointCount(0, summary.length());
          if (length > OperationSummaryTooLong.SUMMARY_MAX) {
            findings.at(
                doc,
                p.pointer() + "/x-ms-summary",
                "x-ms-summary of parameter \""
                    + p.name()
                    + "\" is "
                    + length
                    + " characters; the limit is "
                    + OperationSummaryTooLong.SUMMARY_MAX);
          }
        });
  }
}
