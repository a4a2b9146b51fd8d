package census.rules.info;

import census.connector.ConnectorContext;
import census.model.Severity;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@AutoService(Rule.class)
@RuleInfo(
    id = "ValueContainsRestrictedWords",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": ValueContainsRestrictedWords; "
            + Sources.AUTHORING
            + ", \"info\" (title, description)",
    doc =
        "The title may not contain \"API\", \"Connector\" (or their plurals), \"Copilot"
            + " Studio\" or a Power Platform product name; the description may not contain"
            + " \"API\", \"Copilot Studio\" or a product name. The platform adds these words"
            + " itself where they belong.",
    fix =
        "Name the service only, e.g. \"Contoso Tasks\" rather than \"Contoso Tasks API Connector\".",
    version = 2)
public final class ValueContainsRestrictedWords implements Rule {
  /**
   * Power Platform product names, current and former ({@code Microsoft Flow}, {@code Common Data
   * Service}, {@code Power Virtual Agents}), and Logic Apps, which serves the same connectors. A
   * space inside a name may be missing ("PowerApps").
   */
  static final List<String> PRODUCTS =
      List.of(
          "Power Platform",
          "Power Apps",
          "Power Automate",
          "Microsoft Flow",
          "Power BI",
          "Power Pages",
          "Power Fx",
          "Power Virtual Agents",
          "Copilot Studio",
          "AI Builder",
          "Dataverse",
          "Common Data Service",
          "Logic Apps");

  static final Pattern TITLE_WORDS = words("API", "Connector");
  static final Pattern DESCRIPTION_WORDS = words("API");

  /** Any product name of {@link #PRODUCTS}, for the rules that check other text for them. */
  public static final Pattern PRODUCT_NAMES = words();

  @Override
  public void check(ConnectorContext connector, Findings findings) {
    Documents.swagger(connector)
        .ifPresent(
            doc -> {
              JsonNode info = doc.tree().path("info");
              check(info.path("title"), TITLE_WORDS)
                  .forEach(
                      w ->
                          findings.at(
                              doc,
                              "/info/title",
                              "title contains the restricted word \"" + w + "\""));
              check(info.path("description"), DESCRIPTION_WORDS)
                  .forEach(
                      w ->
                          findings.at(
                              doc,
                              "/info/description",
                              "description contains the restricted word \"" + w + "\""));
            });
  }

  static List<String> check(JsonNode value, Pattern words) {
    if (!value.isTextual()) {
      return List.of();
    }
    Matcher m = words.matcher(value.asText());
    List<String> found = new ArrayList<>();
    while (m.find()) {
      if (!found.contains(m.group())) {
        found.add(m.group());
      }
    }
    return found;
  }

  private static Pattern words(String... plain) {
    List<String> alternatives = new ArrayList<>();
    for (String w : plain) {
      alternatives.add(Pattern.quote(w) + "s?");
    }
    for (String product : PRODUCTS) {
      alternatives.add(Pattern.quote(product).replace(" ", "\\E\\s*\\Q"));
    }
    return Pattern.compile(
        "\\b(?:" + String.join("|", alternatives) + ")\\b", Pattern.CASE_INSENSITIVE);
  }
}
