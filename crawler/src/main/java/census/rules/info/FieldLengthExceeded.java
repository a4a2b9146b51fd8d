package census.rules.info;

import census.json.JsonDocument;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "FieldLengthExceeded",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": FieldLengthExceeded; "
            + Sources.CERTIFICATION
            + ", \"Give your connector a title\"",
    doc =
        "The connector title (info.title) is at most 30 characters: longer titles are cut off in"
            + " the designer. (Operation summaries are OperationSummaryTooLong's.)",
    fix = "Shorten the title; move detail into the description.",
    version = 2)
public final class FieldLengthExceeded implements Rule {
  static final int TITLE_MAX = 30;

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              check(
                  doc,
                  findings,
                  doc.tree().path("info").path("title"),
                  "/info/title",
                  "title",
                  TITLE_MAX);
            });
  }

  private static void check(
      JsonDocument doc, Findings findings, JsonNode value, String pointer, String what, int max) {
    if (!value.isTextual()) {
      return;
    }
    int length = value.asText().codePointCount(0, value.asText().length());
    if (length > max) {
      findings.at(doc, pointer, what + " is " + length + " characters; the limit is " + max);
    }
  }
}
