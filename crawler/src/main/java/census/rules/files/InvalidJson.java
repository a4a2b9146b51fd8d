package census.rules.files;

import census.json.JsonDocument;
import census.json.SyntaxIssue;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Enforcement;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "InvalidJson",
    severity = Severity.ERROR,
    version = 5,
    enforcedBy = Enforcement.FORMAT,
    rationale =
        "paconn and the platform read connector files as strict JSON; a file they cannot parse is rejected at upload, and what a lenient reader recovers is a guess.",
    files = {"apiDefinition.swagger.json", "apiProperties.json", "settings.json"},
    source = Sources.A_TO_Z + ", \"validate the swagger file\"",
    doc =
        "Connector files must be strict JSON (RFC 8259): no comments, trailing commas or raw"
            + " control characters. paconn and the certification pipeline reject anything else."
            + " Each fault is reported once, at its"
            + " place, and the rest of the file is read around it: a fault lenient readers accept"
            + " (a comment, a trailing comma) is \"not strict JSON\", one no reader accepts (a"
            + " missing comma or bracket) is \"not JSON\", and what is read around it is a guess."
            + " A key named twice in one object is JsonDuplicateKey's finding, the encoding"
            + " ByteOrderMark's and FileNotUtf8's.",
    fix = "Fix the syntax at the line and column given.")
public final class InvalidJson implements Rule {
  public static final String ID = "InvalidJson";

  /** How a finding about a fault that lenient readers accept starts (a comment, say). */
  public static final String NOT_STRICT = "not strict JSON: ";

  /**
   * How a finding about a fault no JSON reader accepts starts: what Census read around it is a
   * guess, and the platform rejects the file.
   */
  public static final String NOT_JSON = "not JSON: ";

  /** How a finding about a file with no JSON value in it starts. */
  public static final String UNREADABLE = "cannot be read: ";

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector.jsonFiles().forEach(doc -> report(doc, findings));
  }

  private static void report(JsonDocument doc, Findings findings) {
    for (SyntaxIssue issue : doc.issues()) {
      String what =
          switch (issue.kind()) {
              // JsonDuplicateKey's, ByteOrderMark's and FileNotUtf8's
            case DUPLICATE_KEY, BYTE_ORDER_MARK, NOT_UTF8 -> null;
            case LENIENT -> NOT_STRICT;
            case SYNTAX -> NOT_JSON;
            case UNREADABLE -> UNREADABLE;
            case LIMIT -> "not read, over a limit: ";
          };
      if (what != null) {
        findings.atLine(doc.file(), issue.line(), issue.column(), what + issue.message());
      }
    }
  }
}
