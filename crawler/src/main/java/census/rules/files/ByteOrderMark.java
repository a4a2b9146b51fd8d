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
    id = ByteOrderMark.ID,
    severity = Severity.WARNING,
    replaces = {"InvalidJson"},
    rationale =
        "Not a format error in practice: merged connectors carry a byte-order mark (36 of 4,199"
            + " merged versions to 2023, 4 connectors live at the dev tip) and reviews fixed 4 of"
            + " 19 (evidence.tsv), so the platform reads it. RFC 8259 still forbids it and lets"
            + " other readers reject it, hence a warning.",
    files = {"apiDefinition.swagger.json", "apiProperties.json", "settings.json"},
    source = Sources.A_TO_Z + ", \"validate the swagger file\"; RFC 8259 section 8.1",
    doc =
        "Connector files are UTF-8 without a byte-order mark (the bytes EF BB BF that some Windows"
            + " editors write first). RFC 8259 forbids it in JSON sent between systems and lets"
            + " readers reject it.",
    fix = "Save the file as UTF-8 without BOM (VS Code: \"Save with Encoding\", UTF-8).",
    fixability = Fixability.SAFE,
    fixSafety =
        "The file's text is written back unchanged, as UTF-8 without the mark, so nothing the"
            + " connector sends or shows changes. No fix when the file is not UTF-8 either and"
            + " FileNotUtf8 finds its reading doubtful.")
public final class ByteOrderMark implements Rule {
  public static final String ID = "ByteOrderMark";

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .jsonFiles()
        .forEach(doc -> Utf8Rewrite.report(doc, findings, SyntaxIssue.Kind.BYTE_ORDER_MARK));
  }
}
