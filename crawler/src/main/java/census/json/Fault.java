package census.json;

/** An issue as a parser finds it, at a character offset; the document adds its line and column. */
record Fault(SyntaxIssue.Kind kind, String message, int offset) {}
