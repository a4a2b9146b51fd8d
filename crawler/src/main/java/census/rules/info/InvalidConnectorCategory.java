package census.rules.info;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;
import java.util.List;

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
    fix = "Pick the nearest category from the list; separate two with a semicolon.")
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
          for (String category : categories) {
            if (!CATEGORIES.contains(category)) {
              findings.at(
                  doc,
                  entry.valuePointer(),
                  "\"" + category + "\" is not a connector category" + hint(category));
            }
          }
        });
  }

  private static String hint(String category) {
    return CATEGORIES.stream()
        .filter(category::equalsIgnoreCase)
        .findFirst()
        .map(c -> "; write it as \"" + c + "\"")
        .orElse("");
  }
}
