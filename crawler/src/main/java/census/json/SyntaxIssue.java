package census.json;

/**
 * Something in a file that a strict reader rejects or has to guess at: a JSON syntax error, a
 * byte-order mark, bytes that are not UTF-8. {@code kind} says which, for the rule that reports it.
 */
public record SyntaxIssue(Kind kind, String message, int line, int column) {
  public enum Kind {
    /** Not strict JSON (RFC 8259); a lenient reader may still have recovered the document. */
    SYNTAX,
    /**
     * An object names a key twice: RFC 8259 allows it (names SHOULD be unique), readers keep the
     * last value, so the file is still strict JSON.
     */
    DUPLICATE_KEY,
    /** Could not be read at all, even leniently. */
    UNREADABLE,
    BYTE_ORDER_MARK,
    NOT_UTF8,
    /** Over a size, depth or string-length limit: the document was not read. */
    LIMIT
  }
}
