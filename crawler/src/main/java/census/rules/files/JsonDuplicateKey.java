package census.rules.files;

import census.json.JsonDocument;
import census.json.SyntaxIssue;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "JsonDuplicateKey",
    severity = Severity.ERROR,
    replaces = {"InvalidJson"},
    files = {"apiDefinition.swagger.json", "apiProperties.json", "settings.json"},
    source = Sources.A_TO_Z + ", \"validate the swagger file\"",
    doc =
        "An object names each key once. RFC 8259 allows a repeated name, and readers keep its last"
            + " value, so the first is silently lost: usually an edit that went wrong.",
    fix = "Remove the key that is not meant, or merge the two values.")
public final class JsonDuplicateKey implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector.jsonFiles().forEach(doc -> report(doc, findings));
  }

  private static void report(JsonDocument doc, Findings findings) {
    for (SyntaxIssue issue : doc.issues()) {
      if (issue.kind() == SyntaxIssue.Kind.DUPLICATE_KEY) {
        findings.atLine(doc.file(), issue.line(), issue.column(), issue.message());
      }
    }
  }
}
