package census.rules.text;

import census.json.Edit;
import census.json.JsonDocument;
import census.json.JsonEdits;
import census.model.Severity;
import census.rules.CamelCase;
import census.rules.ConnectorIndex;
import census.rules.DisplayStrings;
import census.rules.Findings;
import census.rules.Fixability;
import census.rules.JsonTrail;
import census.rules.LabelEdits;
import census.rules.NameWords;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.SchemaWalk;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import census.rules.operations.OperationSummaryMissing;
import census.rules.operations.SummarySameAsDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@AutoService(Rule.class)
@RuleInfo(
    id = "CamelCaseString",
    severity = Severity.INFO,
    files = {"apiDefinition.swagger.json"},
    source = Sources.CERTIFICATION + ", \"Create quality English language strings\"",
    doc =
        "Strings in CamelCase (minimizeHighways, MinimizeHighways) are treated as not"
            + " translatable, so a title, summary, x-ms-summary or description that is one CamelCase"
            + " word, or prose holding a lowerCamelCase identifier, stays English in every language."
            + " Brand names inside prose (SharePoint) and names in quotes or backticks are allowed.",
    fix =
        "Write the words out: \"Status code\" rather than \"statusCode\"; quote an identifier"
            + " that must stay as it is.",
    fixability = Fixability.SAFE,
    fixSafety =
        "Display text only, which no request or response carries: a title, label, summary or"
            + " description that is one CamelCase word becomes its words (\"Created On\"), and the"
            + " connector's own property and parameter names in a description's prose go in"
            + " backticks. Other CamelCase words in prose (brands, names of other APIs) are left to"
            + " a person.")
public final class CamelCaseString implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector.definition().ifPresent(doc -> check(connector, doc, findings));
  }

  private static void check(ConnectorIndex connector, JsonDocument doc, Findings findings) {
    LabelEdits.Growth growth = LabelEdits.growth(connector, LabelEdits.Share.WORDS);
    for (DisplayStrings.Text text : DisplayStrings.of(connector)) {
      if (text.trail().is("info", "title")) {
        continue; // the connector's name is a brand, and brands keep their case
      }
      Optional<CamelCase.Camel> camel = CamelCase.find(text.value());
      if (camel.isEmpty()) {
        continue;
      }
      String word = camel.get().word();
      // The connector's info has length rules that a longer or shorter text can break.
      boolean fixable = !text.pointer().startsWith("/info/");
      if (camel.get().whole()) {
        growth.at(
            doc,
            text.pointer(),
            text.key() + " \"" + word + "\" is a CamelCase identifier that will not be translated",
            fixable ? () -> writeOut(doc, text, word) : List::of);
      } else {
        growth.at(
            doc,
            text.pointer(),
            text.key()
                + " holds \""
                + word
                + "\", a CamelCase identifier that will not be translated",
            fixable ? () -> quote(connector, doc, text) : List::of);
      }
    }
    growth.report(findings);
  }

  /**
   * The text that is one CamelCase word written out: its words in Title Case for a label, in
   * sentence case for a summary, and as a sentence for a description (DescriptionNotASentence).
   */
  private static Optional<String> written(String key, String word) {
    return switch (key) {
      case "summary" -> NameWords.sentenceCase(word);
      case "description" -> NameWords.sentenceCase(word).map(words -> words + ".");
      default -> NameWords.titleCase(word);
    };
  }

  /** The edit that writes a text of one CamelCase word out, where the words pass the rules. */
  private static List<Edit> writeOut(JsonDocument doc, DisplayStrings.Text text, String word) {
    JsonNode owner = doc.tree().at(text.trail().parent().pointer());
    return written(text.key(), word)
        .filter(
            fixed ->
                switch (text.key()) {
                  case "summary" ->
                      OperationSummaryMissing.fitsSummary(fixed, owner)
                          && LabelFixes.isPlain(fixed);
                  case "description" ->
                      LabelFixes.isPlain(fixed) && !repeats(fixed, owner, text.trail().parent());
                  default ->
                      LabelFixes.isLabel(fixed)
                          && !(isParameter(owner)
                              && SummarySameAsDescription.same(
                                  fixed, owner.path("description").asText("").strip()));
                })
        .flatMap(fixed -> JsonEdits.replaceString(doc, text.pointer(), fixed))
        .map(List::of)
        .orElse(List.of());
  }

  /**
   * The edit that puts the connector's own identifiers in a description's prose (its property and
   * parameter names and operationIds) in backticks, which mark them as names to keep, when that
   * leaves no CamelCase word. Other words (a brand such as myStrom, a name of another API) are left
   * to a person, and so are labels and summaries, whose rules allow no backticks.
   */
  private static List<Edit> quote(
      ConnectorIndex connector, JsonDocument doc, DisplayStrings.Text text) {
    String value = text.value();
    if (!text.key().equals("description") || value.indexOf('`') >= 0) {
      return List.of();
    }
    Set<String> names = connector.get(OWN_NAMES);
    List<DisplayStrings.Word> words = DisplayStrings.words(value);
    StringBuilder quoted = new StringBuilder(value);
    for (int i = words.size() - 1; i >= 0; i--) { // from the end, so offsets hold
      DisplayStrings.Word w = words.get(i);
      if (CamelCase.inProse(w.text()) && names.contains(w.text())) {
        quoted.insert(w.offset() + w.text().length(), '`').insert(w.offset(), '`');
      }
    }
    String fixed = quoted.toString();
    JsonNode owner = doc.tree().at(text.trail().parent().pointer());
    if (fixed.equals(value)
        || CamelCase.find(fixed).isPresent()
        || repeats(fixed, owner, text.trail().parent())
        || (ofOperationOrParameter(owner, text.trail().parent()) && !endsSentence(fixed))) {
      return List.of();
    }
    return JsonEdits.replaceString(doc, text.pointer(), fixed).map(List::of).orElse(List.of());
  }

  /** Property and parameter names and operationIds of the definition, found once per connector. */
  private static final ConnectorIndex.Key<Set<String>> OWN_NAMES =
      ConnectorIndex.Key.of(
          connector -> {
            Set<String> names = new HashSet<>();
            for (SchemaWalk.Schema s : SchemaWalk.of(connector)) {
              if (s.property() != null) {
                names.add(s.property());
              }
            }
            for (SwaggerWalk.Request request : SwaggerWalk.requests(connector)) {
              names.add(request.op().node().path("operationId").asText(""));
              request.parameters().forEach(p -> names.add(p.name()));
            }
            return names;
          });

  /**
   * True when a new description of an operation or parameter would repeat its summary or label
   * (SummarySameAsDescription): as it stands, as this rule's fix writes it, or, where there is
   * none, as OperationSummaryMissing or ParameterSummaryMissing writes it from the operationId or
   * name. The summary or label is written first: its description then yields.
   */
  private static boolean repeats(String description, JsonNode owner, JsonTrail ownerTrail) {
    if (!ofOperationOrParameter(owner, ownerTrail)) {
      return false;
    }
    boolean parameter = isParameter(owner);
    String other = parameter ? "x-ms-summary" : "summary";
    String stands = owner.path(other).asText("").strip();
    Optional<String> written =
        stands.isEmpty()
            ? parameter
                ? NameWords.titleCase(owner.path("name").asText(""))
                : NameWords.sentenceCase(owner.path("operationId").asText(""))
            : CamelCase.find(stands)
                .filter(CamelCase.Camel::whole)
                .flatMap(c -> written(other, c.word()));
    return SummarySameAsDescription.same(description, stands)
        || written.filter(label -> SummarySameAsDescription.same(description, label)).isPresent();
  }

  /**
   * Ends as DescriptionNotASentence wants a description of an operation or parameter to, which
   * otherwise quotes the text in its finding, and a finding that quotes the old text would turn
   * into one that quotes the new.
   */
  private static boolean endsSentence(String description) {
    String text = description.strip();
    return !text.isEmpty() && ".?!)\"'`:".indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  private static boolean ofOperationOrParameter(JsonNode owner, JsonTrail ownerTrail) {
    return isParameter(owner) || isOperation(ownerTrail);
  }

  private static boolean isParameter(JsonNode owner) {
    return owner.path("name").isTextual() && owner.path("in").isTextual();
  }

  /** An operation: {@code /paths/{path}/{method}}. */
  private static boolean isOperation(JsonTrail trail) {
    return trail.parent() != null
        && SwaggerWalk.METHODS.contains(trail.token())
        && trail.parent().parent() != null
        && trail.parent().parent().is("paths");
  }
}
