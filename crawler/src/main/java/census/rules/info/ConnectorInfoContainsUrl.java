package census.rules.info;

import census.model.Severity;
import census.rules.ConnectorIndex;
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
    id = "ConnectorInfoContainsUrl",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.AUTHORING
            + ", \"Don't: Put URLs in title or description fields\"; key rules: description"
            + " \"Must not contain any URLs\"",
    doc =
        "The connector title and description hold no URL: links belong in the contact, Website"
            + " and Privacy policy fields and in the readme, where they are shown as links.",
    fix =
        "Remove the URL; put the service's site in x-ms-connector-metadata's Website and"
            + " documentation links in readme.md.")
public final class ConnectorInfoContainsUrl implements Rule {
  static final Pattern URL =
      Pattern.compile(
          "\\b(?:https?|ftp)://[^\\s\"'<>)]+|\\bwww\\.[\\p{L}\\p{N}-]+\\.[^\\s\"'<>)]+",
          Pattern.CASE_INSENSITIVE);

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              for (String field : List.of("title", "description")) {
                JsonNode value = doc.tree().path("info").path(field);
                if (!value.isTextual()) {
                  continue;
                }
                Matcher url = URL.matcher(value.asText());
                if (url.find()) {
                  // A sentence's full stop after a URL is not part of it.
                  String found = url.group().replaceAll("[.,;:!?]+$", "");
                  findings.at(doc, "/info/" + field, field + " contains the URL " + found);
                }
              }
            });
  }
}
