package census.rules.operations;

import census.json.Edit;
import census.json.JsonDocument;
import census.rules.SwaggerWalk;
import census.rules.TextFixes;
import census.rules.info.ValueMustEndWithAlphanumeric;
import java.util.List;
import java.util.Optional;

/**
 * What the fixes of the operation summary rules share. Each rule quotes the summary in its message,
 * so a fix that left another of them firing would only rename that finding: every fix makes the
 * summary pass all of them, or is not offered.
 */
final class SummaryFixes {
  private SummaryFixes() {}

  /**
   * The summary without the characters RestrictedCharactersInSummary reports ({@link
   * TextFixes#withoutRestricted}), which takes trailing punctuation and white space with them.
   */
  static Optional<String> cleaned(String summary) {
    return TextFixes.withoutRestricted(summary, c -> !allowed(c));
  }

  private static boolean allowed(int c) {
    return Character.isLetter(c)
        || Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER
        || Character.getType(c) == Character.LETTER_NUMBER
        || Character.getType(c) == Character.OTHER_NUMBER
        || c == ' '
        || c == '('
        || c == ')';
  }

  /** The edit that sets the operation's summary to {@code fixed}, if it passes every rule. */
  static List<Edit> edit(JsonDocument doc, SwaggerWalk.Operation op, Optional<String> fixed) {
    String summary = op.node().path("summary").asText("");
    return TextFixes.replace(
        doc, op.pointer() + "/summary", fixed.filter(s -> !s.equals(summary) && passes(op, s)));
  }

  private static boolean passes(SwaggerWalk.Operation op, String fixed) {
    String summary = op.node().path("summary").asText("");
    return RestrictedCharactersInSummary.ALLOWED.matcher(fixed).matches()
        && ValueMustEndWithAlphanumeric.offending(fixed).isEmpty()
        && !Character.isLowerCase(fixed.codePointAt(0))
        && !SummaryNotSentenceCase.isTitleCase(fixed)
        && (!op.node().has("x-ms-trigger") || fixed.regionMatches(true, 0, "When ", 0, 5))
        && TextFixes.keepsLength(summary, fixed, OperationSummaryTooLong.SUMMARY_MAX)
        && TextFixes.sameProductName(summary, fixed)
        && !TextFixes.repeats(fixed, op.node().path("description").asText(""))
        && !TextFixes.bringsIdentifier(summary, fixed);
  }
}
