package census.rules.info;

import census.model.Severity;
import census.rules.ConnectorIndex;
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
            + Sources.CERTIFICATION
            + ", \"Give your connector a title\"",
    doc =
        "The title, the connector's name in the gallery, may not contain \"API\", \"Connector\""
            + " (or their plurals) or a Power Platform product name such as \"Power Apps\" or"
            + " \"Copilot Studio\": the platform adds these words itself where they belong. The"
            + " description is DescriptionContainsRestrictedWords's.",
    fix =
        "Name the service only, e.g. \"Contoso Tasks\" rather than \"Contoso Tasks API Connector\".",
    version = 3)
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

  /** Any product name of {@link #PRODUCTS}, for the rules that check other text for them. */
  public static final Pattern PRODUCT_NAMES = words();

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    report(connector, findings, "title", TITLE_WORDS);
  }

  /** Reports each restricted word of {@code words} that info.{@code field} holds, once. */
  static void report(ConnectorIndex connector, Findings findings, String field, Pattern words) {
    connector
        .definition()
        .ifPresent(
            doc ->
                check(doc.tree().path("info").path(field), words)
                    .forEach(
                        w ->
                            findings.at(
                                doc,
                                "/info/" + field,
                                field + " contains the restricted word \"" + w + "\"")));
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
