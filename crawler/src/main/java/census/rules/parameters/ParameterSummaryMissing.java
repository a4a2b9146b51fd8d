package census.rules.parameters;

import census.json.JsonDocument;
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
import census.rules.operations.OperationSummaryTooLong;
import census.rules.operations.SummarySameAsDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.Optional;

@AutoService(Rule.class)
@RuleInfo(
    id = "ParameterSummaryMissing",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.AUTHORING
            + ", \"x-ms-summary— Required on every parameter\"; "
            + Sources.A_TO_Z
            + ", \"Any element, such as a parameter, that may be displayed in the user interface"
            + " ... should have an x-ms-summary\"",
    doc =
        "Every parameter the designer can show carries x-ms-summary, its label there. A body"
            + " parameter (shown as its schema's properties), an internal parameter and the"
            + " parameters of an internal operation (a webhook's delete, a source of dynamic"
            + " values), which no user sees, are exempt.",
    fix = "Add \"x-ms-summary\" in Title Case, e.g. \"Task ID\" for taskId.",
    fixability = Fixability.SAFE,
    fixSafety =
        "The fix adds the label the designer shows, the parameter name's words in Title Case"
            + " (\"Model Version\" for model-version): display text, which no request carries."
            + " None where the label would repeat the description.",
    version = 3)
public final class ParameterSummaryMissing implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    LabelEdits.Growth growth = LabelEdits.growth(connector, LabelEdits.Share.PARAMETER_SUMMARY);
    SwaggerWalk.eachWrittenParameter(
        connector,
        (doc, op, p) -> {
          if (!p.in().equals("body")
              && p.shown(doc.tree(), op)
              && p.node().path("x-ms-summary").asText("").isBlank()) {
            String message = "parameter \"" + p.name() + "\" has no x-ms-summary";
            Optional<String> written = writtenAt(doc, p);
            if (written.isPresent()) {
              growth.put(
                  doc,
                  p.pointer(),
                  message,
                  written.get(),
                  doc.tree().at(written.get()),
                  "x-ms-summary",
                  () -> label(p.node()));
            } else {
              growth.at(doc, p.pointer(), message);
            }
          }
        });
    growth.report(findings);
  }

  /**
   * Where the parameter's label is written: in the operation's list, or in the shared parameter its
   * local {@code $ref} names, which is then labelled for every operation that uses it (a member
   * beside a {@code $ref} would be ignored). Empty where that is not a local parameter.
   */
  private static Optional<String> writtenAt(JsonDocument doc, SwaggerWalk.Parameter p) {
    JsonNode ref = doc.tree().at(p.pointer()).path("$ref");
    if (ref.isMissingNode()) {
      return Optional.of(p.pointer());
    }
    String target = ref.asText("");
    if (!target.startsWith("#/") || doc.tree().at(target.substring(1)).has("$ref")) {
      return Optional.empty();
    }
    return Optional.of(target.substring(1));
  }

  /**
   * The parameter name's words in Title Case ({@link NameWords}), which are letters, digits, spaces
   * and parentheses without a CamelCase word, as LabelRestrictedCharacters, LabelNotTitleCase and
   * CamelCaseString want; none where the label would be longer than ParameterSummaryTooLong allows,
   * name a product (ProductNameInOperationText) or repeat the description
   * (SummarySameAsDescription).
   */
  private static Optional<String> label(JsonNode parameter) {
    String description = parameter.path("description").asText("").strip();
    return NameWords.titleCase(parameter.path("name").asText(""))
        .filter(label -> label.length() <= OperationSummaryTooLong.SUMMARY_MAX)
        .filter(label -> !ProductNames.PATTERN.matcher(label).find())
        .filter(label -> !SummarySameAsDescription.same(label, description));
  }
}
