package census.warehouse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

/** A warehouse table: its folder name, what one row is, and its columns in order. */
public final class TableSchema {
  private final String name;
  private final String doc;
  private final List<Column> columns;
  private final Map<String, Integer> index = new HashMap<>();

  public TableSchema(String name, String doc, List<Column> columns) {
    this.name = name;
    this.doc = doc;
    this.columns = List.copyOf(columns);
    for (int i = 0; i < this.columns.size(); i++) {
      if (index.put(this.columns.get(i).name(), i) != null) {
        throw new IllegalArgumentException(name + " repeats column " + this.columns.get(i).name());
      }
    }
  }

  public String name() {
    return name;
  }

  public String doc() {
    return doc;
  }

  public List<Column> columns() {
    return columns;
  }

  public boolean has(String column) {
    return index.containsKey(column);
  }

  /** The position of a column, for {@link Row}. */
  public int indexOf(String column) {
    Integer i = index.get(column);
    if (i == null) {
      throw new IllegalArgumentException(name + " has no column " + column);
    }
    return i;
  }

  /**
   * The same table with only {@code wanted} of its columns, in its order, for reading what a caller
   * needs ({@link Warehouse#forEach}); its rows hold no other column.
   */
  public TableSchema project(java.util.Collection<String> wanted) {
    wanted.forEach(this::indexOf); // an unknown column is a caller's mistake, not a null
    return new TableSchema(
        name, doc, columns.stream().filter(c -> wanted.contains(c.name())).toList());
  }

  public Row.Builder row() {
    return new Row.Builder(this);
  }

  /** The Parquet schema; lists use the standard three-level LIST layout that Spark reads. */
  public MessageType parquet() {
    Types.MessageTypeBuilder message = Types.buildMessage();
    for (Column c : columns) {
      Repetition rep = c.nullable() ? Repetition.OPTIONAL : Repetition.REQUIRED;
      switch (c.type()) {
        case STRING ->
            message
                .primitive(PrimitiveTypeName.BINARY, rep)
                .as(LogicalTypeAnnotation.stringType())
                .named(c.name());
        case INT -> message.primitive(PrimitiveTypeName.INT32, rep).named(c.name());
        case LONG -> message.primitive(PrimitiveTypeName.INT64, rep).named(c.name());
        case DOUBLE -> message.primitive(PrimitiveTypeName.DOUBLE, rep).named(c.name());
        case BOOLEAN -> message.primitive(PrimitiveTypeName.BOOLEAN, rep).named(c.name());
        case TIMESTAMP ->
            message
                .primitive(PrimitiveTypeName.INT64, rep)
                .as(
                    LogicalTypeAnnotation.timestampType(
                        true, LogicalTypeAnnotation.TimeUnit.MICROS))
                .named(c.name());
        case STRING_LIST ->
            message
                .group(rep)
                .as(LogicalTypeAnnotation.listType())
                .repeatedGroup()
                .optional(PrimitiveTypeName.BINARY)
                .as(LogicalTypeAnnotation.stringType())
                .named("element")
                .named("list")
                .named(c.name());
      }
    }
    return message.named(name);
  }
}
