package census.rules.info;

import census.connector.ConnectorContext;
import census.json.JsonDocument;
import census.model.Severity;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.Locale;

@AutoService(Rule.class)
@RuleInfo(
    id = "FieldLengthExceeded",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": FieldLengthExceeded; "
            + Sources.CERTIFICATION
            + ", \"Give your connector a title\" and \"Define operation and parameter summaries\"",
    doc =
        "The connector title (info.title) is at most 30 characters and every operation summary at"
            + " most 80: longer strings are cut off in the designer.",
    fix = "Shorten the title or summary; move detail into the description.")
public final class FieldLengthExceeded implements Rule {
  static final int TITLE_MAX = 30;
  static final int SUMMARY_MAX = 80;

  @Override
  public void check(ConnectorContext connector, Findings findings) {
    Documents.swagger(connector)
        .ifPresent(
            doc -> {
              JsonNode root = doc.tree();
              check(
                  doc,
                  findings,
                  root.path("info").path("title"),
                  "/info/title",
                  "title",
                  TITLE_MAX);
              for (SwaggerWalk.Operation op : SwaggerWalk.operations(root)) {
                check(
                    doc,
                    findings,
                    op.node().path("summary"),
                    op.pointer() + "/summary",
                    "summary of " + op.method().toUpperCase(Locale.ROOT) + " " + op.path(),
                    SUMMARY_MAX);
              }
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
