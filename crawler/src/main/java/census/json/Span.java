package census.json;

/**
 * Where a value or key lies in {@link JsonDocument#text()}: {@code text().substring(start, end)} is
 * its raw token, quotes, brackets and escapes included.
 */
public record Span(int start, int end) {}
