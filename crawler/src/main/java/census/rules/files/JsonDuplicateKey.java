package census.rules.files;

import census.json.Edit;
import census.json.JsonDocument;
import census.json.Span;
import census.json.SyntaxIssue;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Fixability;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    fix = "Remove the key that is not meant, or merge the two values.",
    fixability = Fixability.SAFE,
    fixSafety =
        "The fix removes the earlier member, whose value no reader keeps, so every value read stays"
            + " the same; the key only moves to the later member's place among its siblings.")
public final class JsonDuplicateKey implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector.jsonFiles().forEach(doc -> report(doc, findings));
  }

  private static void report(JsonDocument doc, Findings findings) {
    Map<Integer, Span> earlier = null;
    for (SyntaxIssue issue : doc.issues()) {
      if (issue.kind() != SyntaxIssue.Kind.DUPLICATE_KEY) {
        continue;
      }
      if (earlier == null) {
        // Only a strict text can be scanned without guessing; a lenient one gets no fix.
        earlier = doc.isStrict() ? RepeatedMembers.earlier(doc.chars()) : Map.of();
      }
      List<Edit> fix =
          Optional.ofNullable(earlier.get(issue.offset()))
              .flatMap(member -> RepeatedMembers.remove(doc.chars(), member))
              .map(List::of)
              .orElse(List.of());
      findings.atLine(doc, issue.line(), issue.column(), issue.message(), fix);
    }
  }
}
