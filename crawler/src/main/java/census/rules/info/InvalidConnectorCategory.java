package census.rules.info;

import census.json.Edit;
import census.json.JsonEdits;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Fixability;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;
import com.google.common.base.CharMatcher;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

@AutoService(Rule.class)
@RuleInfo(
    id = "InvalidConnectorCategory",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": InvalidConnectorCategory; "
            + Sources.CERTIFICATION
            + ", \"Step 3b\", Categories",
    doc =
        "Every category in the Categories value is one of the nineteen the certification guide"
            + " lists, spelled as it spells them: AI, Business Management, Business"
            + " Intelligence, Collaboration, Commerce, Communication, Content and Files,"
            + " Finance, Data, Human Resources, Internet of Things, IT Operations, Lifestyle and"
            + " Entertainment, Marketing, Productivity, Sales and CRM, Security, Social Media,"
            + " Website.",
    fix = "Pick the nearest category from the list; separate two with a semicolon.",
    fixability = Fixability.SAFE,
    fixSafety =
        "A category written in the wrong case is respelt as the list spells it, separators and"
            + " spaces kept; categories only file the connector in the catalogue. A category not"
            + " on the list gets no fix.")
public final class InvalidConnectorCategory implements Rule {
  /** Seed 003, "Step 3b: Product or end service metadata", in the order it lists them. */
  static final List<String> CATEGORIES =
      List.of(
          "AI",
          "Business Management",
          "Business Intelligence",
          "Collaboration",
          "Commerce",
          "Communication",
          "Content and Files",
          "Finance",
          "Data",
          "Human Resources",
          "Internet of Things",
          "IT Operations",
          "Lifestyle and Entertainment",
          "Marketing",
          "Productivity",
          "Sales and CRM",
          "Security",
          "Social Media",
          "Website");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    ConnectorMetadata.withCategories(
        connector,
        (doc, entry, categories) -> {
          // One edit respells every category of the value, so each finding's fix is the same.
          List<Edit> respell =
              JsonEdits.replaceString(doc, entry.valuePointer(), respelled(entry.value().asText()))
                  .stream()
                  .toList();
          for (String category : categories) {
            if (!CATEGORIES.contains(category)) {
              Optional<String> spelled = spelling(category);
              findings.at(
                  doc,
                  entry.valuePointer(),
                  "\""
                      + category
                      + "\" is not a connector category"
                      + spelled.map(c -> "; write it as \"" + c + "\"").orElse(""),
                  spelled.isPresent() ? respell : List.of());
            }
          }
        });
  }

  /** The listed category that {@code category} is up to case. */
  private static Optional<String> spelling(String category) {
    return CATEGORIES.stream().filter(category::equalsIgnoreCase).findFirst();
  }

  /** The Categories value with each category that is only miscased respelt, the rest as written. */
  static String respelled(String value) {
    StringJoiner out = new StringJoiner(";");
    for (String piece : value.split(";", -1)) {
      String category = CharMatcher.whitespace().trimFrom(piece); // as categories() trims
      int at = piece.indexOf(category);
      out.add(
          piece.substring(0, at)
              + spelling(category).orElse(category)
              + piece.substring(at + category.length()));
    }
    return out.toString();
  }
}
