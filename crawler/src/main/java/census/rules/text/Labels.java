package census.rules.text;

import census.json.Edit;
import census.json.JsonDocument;
import census.rules.ConnectorIndex;
import census.rules.DisplayStrings;
import census.rules.SchemaWalk;
import census.rules.SwaggerWalk;
import census.rules.TextFixes;
import census.rules.operations.OperationSummaryTooLong;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The short names the designer shows for inputs and outputs, which the guide asks to be Title Case
 * words: the {@code x-ms-summary} of parameters and of schema properties, and the {@code title} of
 * properties under {@code definitions}.
 */
final class Labels {
  enum Kind {
    PARAMETER_SUMMARY("x-ms-summary"),
    PROPERTY_SUMMARY("x-ms-summary"),
    PROPERTY_TITLE("title");

    /** The field that holds the label. */
    final String key;

    Kind(String key) {
      this.key = key;
    }
  }

  /** A label: its kind, the parameter or property it names, its text and its pointer. */
  record Label(Kind kind, String owner, String value, String pointer) {}

  /** Lower-case words that Title Case keeps lower case after the first word. */
  private static final Set<String> MINOR =
      Set.of(
          "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in",
          "of", "off", "on", "per", "to", "up", "via", "vs", "with", "from", "into", "over");

  private Labels() {}

  interface Check {
    void check(JsonDocument doc, Label label);
  }

  /** Runs {@code check} on every label of the definition that is a non-blank string. */
  static void each(ConnectorIndex connector, Check check) {
    connector
        .definition()
        .ifPresent(doc -> of(connector).forEach(label -> check.check(doc, label)));
  }

  /** The definition's labels, found once per connector and shared by the label rules. */
  private static final ConnectorIndex.Key<List<Label>> LABELS =
      ConnectorIndex.Key.of(
          connector -> {
            List<Label> out = new ArrayList<>();
            SwaggerWalk.eachWrittenParameter(
                connector,
                (doc, op, p) -> add(Kind.PARAMETER_SUMMARY, p.name(), p.node(), p::pointer, out));
            SchemaWalk.eachSchema(
                connector,
                (doc, s) -> {
                  if (s.property() == null || s.isRef()) {
                    return;
                  }
                  add(Kind.PROPERTY_SUMMARY, s.property(), s.node(), s::pointer, out);
                  if (s.inDefinitions()) {
                    add(Kind.PROPERTY_TITLE, s.property(), s.node(), s::pointer, out);
                  }
                });
            return List.copyOf(out);
          });

  private static List<Label> of(ConnectorIndex connector) {
    return connector.get(LABELS);
  }

  /** Adds the label of {@code node}, if it has one; its owner's pointer is joined only then. */
  private static void add(
      Kind kind, String owner, JsonNode node, Supplier<String> pointer, List<Label> out) {
    JsonNode value = node.path(kind.key);
    if (value.isTextual() && !value.asText().isBlank()) {
      out.add(new Label(kind, owner, value.asText(), pointer.get() + "/" + kind.key));
    }
  }

  /**
   * The first word of {@code value} that breaks Title Case: a word of prose that starts lower case
   * and has no capital inside (so "iPhone" and "eBay" pass), other than a minor word after the
   * first. An underscore separates words, so a field name such as "due_date" is read as words.
   */
  static Optional<String> firstNotCapitalized(String value) {
    boolean first = true;
    for (DisplayStrings.Word word : DisplayStrings.words(value.replace('_', ' '))) {
      if (breaksTitleCase(word.text(), first)) {
        return Optional.of(word.text());
      }
      first = false;
    }
    return Optional.empty();
  }

  private static boolean breaksTitleCase(String word, boolean first) {
    return Character.isLowerCase(word.charAt(0))
        && word.chars().noneMatch(Character::isUpperCase)
        && (first || !MINOR.contains(word));
  }

  /** {@code value} with each word that breaks Title Case capitalized. */
  static String titleCased(String value) {
    StringBuilder out = new StringBuilder(value);
    boolean first = true;
    for (DisplayStrings.Word word : DisplayStrings.words(value.replace('_', ' '))) {
      if (breaksTitleCase(word.text(), first)) {
        out.setCharAt(word.offset(), Character.toUpperCase(word.text().charAt(0)));
      }
      first = false;
    }
    return out.toString();
  }

  /**
   * The first character of {@code value} that a label of {@code kind} may not hold: a parameter's
   * label holds only letters, digits, spaces and parentheses, a schema property's no hyphen or
   * underscore; a title may hold anything.
   */
  static Optional<Character> firstRestricted(Kind kind, String value) {
    for (int i = 0; i < value.length(); i++) {
      if (restricted(kind, value.charAt(i))) {
        return Optional.of(value.charAt(i));
      }
    }
    return Optional.empty();
  }

  private static boolean restricted(Kind kind, int c) {
    return switch (kind) {
      case PARAMETER_SUMMARY -> !Character.isLetterOrDigit(c) && c != ' ' && c != '(' && c != ')';
      case PROPERTY_SUMMARY -> c == '-' || c == '_';
      case PROPERTY_TITLE -> false;
    };
  }

  /**
   * The fix both label rules offer: the label without restricted characters and in Title Case, in
   * one edit, so that neither rule's finding is left naming a half-fixed label. None where the
   * characters need a person ({@link TextFixes#withoutRestricted}), or where the new label would
   * bring another rule's finding: a new identifier-like word, a parameter label over the length
   * limit or repeating its description, a product name written anew.
   */
  static List<Edit> fix(JsonDocument doc, Label label) {
    String value = label.value();
    Optional<String> fixed =
        (firstRestricted(label.kind(), value).isEmpty()
                ? Optional.of(value)
                : TextFixes.withoutRestricted(value, c -> restricted(label.kind(), c)))
            .map(Labels::titleCased)
            .filter(
                v ->
                    !v.equals(value)
                        && firstNotCapitalized(v).isEmpty()
                        && firstRestricted(label.kind(), v).isEmpty()
                        && keepsOtherRules(doc, label, v));
    return TextFixes.replace(doc, label.pointer(), fixed);
  }

  private static boolean keepsOtherRules(JsonDocument doc, Label label, String fixed) {
    if (TextFixes.bringsIdentifier(label.value(), fixed)) {
      return false;
    }
    if (label.kind() != Kind.PARAMETER_SUMMARY) {
      return true;
    }
    String written = TextFixes.writtenAt(doc, label.pointer());
    String parameter = written.substring(0, written.lastIndexOf('/'));
    String description = doc.tree().at(parameter).path("description").asText("");
    return TextFixes.keepsLength(label.value(), fixed, OperationSummaryTooLong.SUMMARY_MAX)
        && TextFixes.sameProductName(label.value(), fixed)
        && !TextFixes.repeats(fixed, description);
  }
}
