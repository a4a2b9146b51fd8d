package census.rules.info;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Fixability;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.TextFixes;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.Optional;
import java.util.OptionalInt;

@AutoService(Rule.class)
@RuleInfo(
    id = "ValueMustEndWithAlphanumeric",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": ValueMustEndWithAlphanumeric; "
            + Sources.CERTIFICATION
            + ", \"Give your connector a title\"",
    doc =
        "The connector title ends with a letter or digit: not with punctuation, a space or a line"
            + " break. A closing parenthesis is accepted after a letter or digit, as in \"Contoso"
            + " (Europe)\", since the guidelines allow parentheses in display names.",
    fix = "Remove the trailing characters, e.g. \"Contoso Tasks.\" becomes \"Contoso Tasks\".",
    fixability = Fixability.SAFE,
    fixSafety =
        "The title is the name the designer and gallery show; flows refer to the connector by"
            + " its id, not its title. The fix drops trailing full stops, commas, colons, ? and !"
            + " and white space, inside a closing parenthesis too (\"Contoso (US Gov.)\" becomes"
            + " \"Contoso (US Gov)\"); a title ending in a bracket or another symbol, as"
            + " \"Contoso [Beta]\", gets none.")
public final class ValueMustEndWithAlphanumeric implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              JsonNode title = doc.tree().path("info").path("title");
              if (title.isTextual() && !title.asText().isBlank()) {
                offending(title.asText())
                    .ifPresent(
                        c ->
                            findings.at(
                                doc,
                                "/info/title",
                                "title \""
                                    + title.asText()
                                    + "\" ends with "
                                    + describe(c)
                                    + "; it must end with a letter or digit",
                                TextFixes.replace(
                                    doc,
                                    "/info/title",
                                    withoutTrailingPunctuation(title.asText()))));
              }
            });
  }

  /**
   * The last character that breaks the rule, looking through closing parentheses; shared with the
   * summary rule, which the same guidelines let end in a parenthesis.
   */
  public static OptionalInt offending(String value) {
    int end = value.length();
    while (end > 1 && value.charAt(end - 1) == ')') {
      end--;
    }
    int last = value.codePointBefore(end);
    return Character.isLetterOrDigit(last) ? OptionalInt.empty() : OptionalInt.of(last);
  }

  /**
   * {@code title} without the punctuation and white space it ends with, before any closing
   * parentheses; empty when something else ends it, or the shorter title would change what
   * FieldLengthExceeded reports.
   */
  private static Optional<String> withoutTrailingPunctuation(String title) {
    String text = title.stripTrailing();
    int end = text.length();
    while (end > 1 && text.charAt(end - 1) == ')') {
      end--;
    }
    int cut = end;
    while (cut > 0
        && (Character.isWhitespace(text.charAt(cut - 1))
            || ".,;:!?…".indexOf(text.charAt(cut - 1)) >= 0)) {
      cut--;
    }
    String fixed = text.substring(0, cut) + text.substring(end);
    return Optional.of(fixed)
        .filter(
            f ->
                !f.isBlank()
                    && offending(f).isEmpty()
                    && TextFixes.keepsLength(title, f, FieldLengthExceeded.TITLE_MAX));
  }

  private static String describe(int codePoint) {
    if (Character.isWhitespace(codePoint)) {
      return "white space";
    }
    return "\"" + new String(Character.toChars(codePoint)) + "\"";
  }
}
