package census.rules.text;

import census.rules.CamelCase;
import census.rules.NameWords;
import census.rules.ProductNames;
import census.rules.operations.DescriptionContainsUrl;
import census.rules.operations.OperationSummaryTooLong;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import java.util.Optional;

/**
 * The labels that fixes write where a property has none ({@code x-ms-summary}, {@code title}) or
 * where a text is one CamelCase word. A label is offered only when it passes every rule that reads
 * labels, so that a fix never brings a finding of its own.
 */
public final class LabelFixes {
  /**
   * The label made from each property name, kept because the same names (id, name, createdAt) recur
   * by the thousand across definitions and a plain lint asks for every one; bounded, as names come
   * from untrusted files.
   */
  private static final LoadingCache<String, Optional<String>> NAME_LABELS =
      CacheBuilder.newBuilder()
          .maximumSize(20_000)
          .build(
              CacheLoader.from(
                  (String name) -> NameWords.titleCase(name).filter(LabelFixes::isLabel)));

  private LabelFixes() {}

  /**
   * The label of a schema property: its other label ({@code title} for its {@code x-ms-summary} and
   * the other way round) when that one passes the label rules, as the author's words; else the
   * words of its name.
   */
  public static Optional<String> propertyLabel(String name, JsonNode otherLabel) {
    String given = otherLabel.asText("").strip();
    if (otherLabel.isTextual() && isLabel(given)) {
      return Optional.of(given);
    }
    return NAME_LABELS.getUnchecked(name);
  }

  /**
   * True for a label that passes the rules reading labels: at most 80 characters
   * (ParameterSummaryTooLong), letters, digits, spaces and parentheses only, which the stricter
   * half of LabelRestrictedCharacters asks, Title Case (LabelNotTitleCase), and {@link #isPlain}.
   */
  public static boolean isLabel(String text) {
    return !text.isBlank()
        && text.codePointCount(0, text.length()) <= OperationSummaryTooLong.SUMMARY_MAX
        && text.chars()
            .allMatch(c -> Character.isLetterOrDigit(c) || c == ' ' || c == '(' || c == ')')
        && Labels.firstNotCapitalized(text).isEmpty()
        && isPlain(text);
  }

  /**
   * True for display text that the rules on any title, summary or description pass: no CamelCase
   * identifier (CamelCaseString), English (ValueMustBeInEnglish), no URL, no product name
   * (ProductNameInOperationText).
   */
  public static boolean isPlain(String text) {
    return CamelCase.find(text).isEmpty()
        && ValueMustBeInEnglish.notEnglish(text) == null
        && !DescriptionContainsUrl.URL.matcher(text).find()
        && !ProductNames.PATTERN.matcher(text).find();
  }
}
