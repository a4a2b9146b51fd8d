package census.json;

/**
 * Something in a file that a strict reader rejects or has to guess at: a JSON syntax error, a
 * byte-order mark, bytes that are not UTF-8. {@code kind} says which, for the rule that reports it;
 * {@code offset} is the character offset in {@link JsonDocument#text()} that {@code line} and
 * {@code column} name (0 with line 0 for an issue about the whole file).
 */
public record SyntaxIssue(Kind kind, String message, int line, int column, int offset) {
  public enum Kind {
    /**
     * Not strict JSON (RFC 8259), but what lenient readers such as the Power Platform tools'
     * accept: a comment, a trailing comma, single quotes, a key not in quotes, a control character
     * in a string, a loose escape or number. What is read is what the author wrote.
     */
    LENIENT,
    /**
     * A fault no JSON reader accepts (a missing comma or bracket, a truncated file): the recovering
     * reader read around it, guessing, so the tree near it may not be what the author meant.
     */
    SYNTAX,
    /**
     * An object names a key twice: RFC 8259 allows it (names SHOULD be unique), readers keep the
     * last value, so the file is still strict JSON.
     */
    DUPLICATE_KEY,
    /** Holds no JSON value at all, even read leniently. */
    UNREADABLE,
    BYTE_ORDER_MARK,
    NOT_UTF8,
    /** Over a size, depth or string-length limit: the document was not read. */
    LIMIT
  }
}
