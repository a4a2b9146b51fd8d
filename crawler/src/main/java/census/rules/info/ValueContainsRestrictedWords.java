package census.rules.info;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.ProductNames;
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
  static final Pattern TITLE_WORDS = ProductNames.words("API", "Connector");

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
}
