package census.warehouse;

/**
 * One column of a warehouse table: snake_case name, type, whether it may be null, and its meaning.
 */
public record Column(String name, Type type, boolean nullable, String doc) {
  /** The column types the warehouse uses; each maps to one Parquet and one Spark SQL type. */
  public enum Type {
    STRING("string"),
    INT("int"),
    LONG("bigint"),
    DOUBLE("double"),
    BOOLEAN("boolean"),
    /** UTC instant, stored as Parquet TIMESTAMP(MICROS, UTC). */
    TIMESTAMP("timestamp"),
    STRING_LIST("array<string>");

    private final String sql;

    Type(String sql) {
      this.sql = sql;
    }

    /** The Spark SQL type name, as the docs show it. */
    public String sql() {
      return sql;
    }
  }

  public static Column required(String name, Type type, String doc) {
    return new Column(name, type, false, doc);
  }

  public static Column optional(String name, Type type, String doc) {
    return new Column(name, type, true, doc);
  }
}
