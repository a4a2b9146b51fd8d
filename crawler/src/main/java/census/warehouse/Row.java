package census.warehouse;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One row of a {@link TableSchema}, values in column order: String, Integer, Long, Double, Boolean,
 * Instant or {@code List<String>}.
 */
public final class Row {
  private final TableSchema schema;
  private final Object[] values;

  Row(TableSchema schema, Object[] values) {
    this.schema = schema;
    this.values = values;
  }

  /**
   * A row of values already in column order and of the columns' types; refuses a null in a required
   * column.
   */
  static Row of(TableSchema schema, Object[] values) {
    for (int i = 0; i < values.length; i++) {
      Column c = schema.columns().get(i);
      if (values[i] == null && !c.nullable()) {
        throw new IllegalStateException(schema.name() + "." + c.name() + " is required");
      }
    }
    return new Row(schema, values);
  }

  public TableSchema schema() {
    return schema;
  }

  public Object get(int index) {
    return values[index];
  }

  public Object get(String column) {
    return values[schema.indexOf(column)];
  }

  /** A copy with one column set to another value (checked as {@link Builder#set} checks it). */
  public Row with(String column, Object value) {
    Builder copy = new Builder(schema);
    System.arraycopy(values, 0, copy.values, 0, values.length);
    return copy.set(column, value).build();
  }

  public String string(String column) {
    return (String) get(column);
  }

  @SuppressWarnings("unchecked")
  public List<String> strings(String column) {
    Object v = get(column);
    return v == null ? List.of() : (List<String>) v;
  }

  public long longValue(String column) {
    Object v = get(column);
    return v == null ? 0 : ((Number) v).longValue();
  }

  public boolean bool(String column) {
    return Boolean.TRUE.equals(get(column));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Row r && r.schema == schema && Arrays.equals(r.values, values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(schema.name(), Arrays.hashCode(values));
  }

  @Override
  public String toString() {
    return schema.name() + Arrays.toString(values);
  }

  /** Sets columns by name, checks types, and refuses a null in a required column. */
  public static final class Builder {
    private final TableSchema schema;
    private final Object[] values;

    Builder(TableSchema schema) {
      this.schema = schema;
      this.values = new Object[schema.columns().size()];
    }

    public Builder set(String column, Object value) {
      int i = schema.indexOf(column);
      values[i] = checked(schema.columns().get(i), value);
      return this;
    }

    public Row build() {
      return of(schema, values.clone());
    }

    private Object checked(Column c, Object value) {
      if (value == null) {
        return null;
      }
      boolean ok =
          switch (c.type()) {
            case STRING -> value instanceof String;
            case INT -> value instanceof Integer;
            case LONG -> value instanceof Long;
            case DOUBLE -> value instanceof Double;
            case BOOLEAN -> value instanceof Boolean;
            case TIMESTAMP -> value instanceof Instant;
            case STRING_LIST -> value instanceof List<?>;
          };
      if (!ok) {
        throw new IllegalArgumentException(
            schema.name() + "." + c.name() + " takes " + c.type() + ", not " + value.getClass());
      }
      return c.type() == Column.Type.STRING_LIST ? List.copyOf((List<?>) value) : value;
    }
  }
}
