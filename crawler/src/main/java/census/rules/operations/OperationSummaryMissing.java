package census.rules.operations;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Fixability;
import census.rules.LabelEdits;
import census.rules.NameWords;
import census.rules.ProductNames;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import census.rules.info.ValueMustEndWithAlphanumeric;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.Optional;

@AutoService(Rule.class)
@RuleInfo(
    id = "OperationSummaryMissing",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.AUTHORING + ", \"summary— Required for every operation\"",
    doc = "Every operation has a summary: it is the action's name in the designer.",
    fix = "Add a short sentence-case summary such as \"List tasks\".",
    fixability = Fixability.SAFE,
    fixSafety =
        "The fix adds the summary the designer shows, the operationId's words in sentence case"
            + " (\"Add card schema\" for AddCardSchema): display text, which no request or response"
            + " carries. An operationId of one word, or a trigger's, whose summary must name an"
            + " event (\"When ...\"), gets none.")
public final class OperationSummaryMissing implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    LabelEdits.Growth growth = LabelEdits.growth(connector, LabelEdits.Share.OPERATION_SUMMARY);
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          if (op.node().path("summary").asText("").isBlank()) {
            growth.put(
                doc,
                op.pointer(),
                op.label() + " has no summary",
                op.pointer(),
                op.node(),
                "summary",
                () -> summary(op.node()));
          }
        });
    growth.report(findings);
  }

  /** The operationId's words, when there are two or more of them and they fit as a summary. */
  private static Optional<String> summary(JsonNode op) {
    return NameWords.sentenceCase(op.path("operationId").asText(""))
        .filter(words -> words.indexOf(' ') > 0)
        .filter(words -> fitsSummary(words, op));
  }

  /**
   * True for a summary of {@code op}, made by {@link NameWords}, that no summary rule reports: at
   * most 80 characters, only letters, digits, spaces and parentheses, ending in a letter or digit,
   * sentence case, "When ..." for a trigger, not the description again, and no product name. The
   * words of a name hold no URL nor CamelCase word.
   */
  public static boolean fitsSummary(String summary, JsonNode op) {
    return !summary.isBlank()
        && summary.codePointCount(0, summary.length()) <= OperationSummaryTooLong.SUMMARY_MAX
        && RestrictedCharactersInSummary.ALLOWED.matcher(summary).matches()
        && ValueMustEndWithAlphanumeric.offending(summary).isEmpty()
        && !Character.isLowerCase(summary.codePointAt(0))
        && !SummaryNotSentenceCase.isTitleCase(summary)
        && (!op.has("x-ms-trigger") || summary.regionMatches(true, 0, "When ", 0, 5))
        && !SummarySameAsDescription.same(summary, op.path("description").asText("").strip())
        && !ProductNames.PATTERN.matcher(summary).find();
  }
}
