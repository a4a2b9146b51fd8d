package census.json;

/** A 1-based line and column in a file's decoded text. */
public record Location(int line, int column) {}
