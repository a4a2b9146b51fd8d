package census.rules.files;

import census.json.JsonDocument;
import census.json.SyntaxIssue;
import census.rules.Findings;
import java.util.Optional;

/**
 * The encoding rules' findings: one per file with the issue, fixed by writing the file's text as
 * UTF-8 without a byte-order mark, where that text is surely what the author wrote.
 */
final class Utf8Rewrite {
  private Utf8Rewrite() {}

  /** Reports each issue of {@code kind} in {@code doc}, at its place. */
  static void report(JsonDocument doc, Findings findings, SyntaxIssue.Kind kind) {
    for (SyntaxIssue issue : doc.issues()) {
      if (issue.kind() != kind) {
        continue;
      }
      if (textIsSure(doc)) {
        findings.toUtf8(doc, issue.line(), issue.column(), issue.message());
      } else {
        findings.atLine(doc.file(), issue.line(), issue.column(), issue.message());
      }
    }
  }

  /**
   * True unless the file was read as Windows-1252 and that reading is doubtful: a byte that
   * Windows-1252 leaves undefined (read as U+FFFD), or bytes that form UTF-8 sequences, the sign of
   * a UTF-8 file with a stray byte, whose accented letters the reading garbled ("Ã©" for "é").
   * Writing a doubtful reading as UTF-8 would make the garbling the file's text.
   */
  static boolean textIsSure(JsonDocument doc) {
    if (doc.issues().stream().noneMatch(i -> i.kind() == SyntaxIssue.Kind.NOT_UTF8)) {
      return true;
    }
    if (doc.text().indexOf('\uFFFD') >= 0) {
      return false;
    }
    Optional<byte[]> bytes = doc.encode(doc.text(), false);
    return bytes.isPresent() && !hasUtf8Sequence(bytes.get());
  }

  /** True when some bytes form a well-formed UTF-8 sequence of two or more bytes. */
  private static boolean hasUtf8Sequence(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      int lead = bytes[i] & 0xff;
      int more;
      if (lead >= 0xc2 && lead <= 0xdf) {
        more = 1;
      } else if (lead >= 0xe0 && lead <= 0xef) {
        more = 2;
      } else if (lead >= 0xf0 && lead <= 0xf4) {
        more = 3;
      } else {
        continue;
      }
      if (i + more < bytes.length && continuations(bytes, i + 1, more)) {
        return true;
      }
    }
    return false;
  }

  private static boolean continuations(byte[] bytes, int from, int count) {
    for (int i = from; i < from + count; i++) {
      if ((bytes[i] & 0xc0) != 0x80) {
        return false;
      }
    }
    return true;
  }
}
