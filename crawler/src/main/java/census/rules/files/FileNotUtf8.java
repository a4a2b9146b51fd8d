package census.rules.files;

import census.json.SyntaxIssue;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Fixability;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = FileNotUtf8.ID,
    severity = Severity.WARNING,
    replaces = {"InvalidJson"},
    rationale =
        "Not a format error in practice: files in another encoding merge (15 of 4,199 merged"
            + " versions to 2023, Brønnøysundregistrene and Yelp live at the dev tip; reviews fixed"
            + " 1 of 6, evidence.tsv), so the platform accepts them; but their non-ASCII text is"
            + " read as other characters than the author's, which a reviewer asks to correct.",
    files = {"apiDefinition.swagger.json", "apiProperties.json", "settings.json"},
    source = Sources.A_TO_Z + ", \"validate the swagger file\"; RFC 8259 section 8.1",
    doc =
        "Connector files are UTF-8. A file with bytes that are not UTF-8 was usually saved as"
            + " Windows-1252 (an accented letter or typographic quote typed in a Windows editor);"
            + " Census reads it so, and reports the first such byte.",
    fix =
        "Save the file as UTF-8 (VS Code: \"Reopen with Encoding\" Windows-1252, then \"Save with"
            + " Encoding\" UTF-8).",
    fixability = Fixability.SAFE,
    fixSafety =
        "The text read as Windows-1252 is written back as UTF-8, unchanged. No fix is offered when"
            + " that reading is doubtful: a byte Windows-1252 leaves undefined, or bytes that read"
            + " as UTF-8, the sign of a UTF-8 file with a stray byte.")
public final class FileNotUtf8 implements Rule {
  public static final String ID = "FileNotUtf8";

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .jsonFiles()
        .forEach(doc -> Utf8Rewrite.report(doc, findings, SyntaxIssue.Kind.NOT_UTF8));
  }
}
