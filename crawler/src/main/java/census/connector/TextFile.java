package census.connector;

/** A Markdown or other text file of a connector, decoded as UTF-8. */
public record TextFile(String file, String text) {}
