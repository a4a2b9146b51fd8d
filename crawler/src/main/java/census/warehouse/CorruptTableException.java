package census.warehouse;

import java.io.IOException;

/** A table file that cannot be read: truncated, overwritten or not Parquet at all. */
public final class CorruptTableException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String table;

  public CorruptTableException(String table, String file, Throwable cause) {
    super("table " + table + " cannot be read: " + file + ": " + cause.getMessage(), cause);
    this.table = table;
  }

  public String table() {
    return table;
  }
}
