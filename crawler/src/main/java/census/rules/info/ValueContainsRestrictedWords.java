package census.rules.info;

import census.connector.ConnectorContext;
import census.model.Severity;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
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
        "The title may not contain \"API\", \"Connector\", \"Copilot Studio\" or a Power Platform"
            + " product name; the description may not contain \"API\", \"Copilot Studio\" or a"
            + " product name. The platform adds these words itself where they belong.",
    fix =
        "Name the service only, e.g. \"Contoso Tasks\" rather than \"Contoso Tasks API Connector\".")
public final class ValueContainsRestrictedWords implements Rule {
  /** Power Platform product names, in the spellings seen in submissions. */
  static final List<String> PRODUCTS =
      List.of(
          "Power Platform",
          "Power Apps",
          "PowerApps",
          "Power Automate",
          "Microsoft Flow",
          "Power BI",
          "PowerBI",
          "Power Pages",
          "Power Virtual Agents",
          "Dataverse",
          "Logic Apps",
          "Copilot Studio");

  static final Pattern TITLE_WORDS = words("API", "Connector");
  static final Pattern DESCRIPTION_WORDS = words("API");

  @Override
  public void check(ConnectorContext connector, Findings findings) {
    connector
        .swagger()
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
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      if (!found.contains(m.group())) {
        found.add(m.group());
      }
    }
    return found;
  }

  private static Pattern words(String... plain) {
    StringBuilder alternatives = new StringBuilder();
    for (String w : plain) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(w));
    }
    for (String product : PRODUCTS) {
      alternatives.append('|').append(Pattern.quote(product).replace(" ", "\\E\\s*\\Q"));
    }
    return Pattern.compile("\\b(?:" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE);
  }
}
