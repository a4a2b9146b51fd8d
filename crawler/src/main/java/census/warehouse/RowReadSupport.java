package census.warehouse;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.hadoop.api.InitContext;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Reads Parquet records straight into {@link Row}s of a {@link TableSchema}, the counterpart of the
 * writer's {@code RowWriteSupport}. Only the columns the schema has are read from each file (a
 * column the file lacks stays null), and a dictionary-encoded string column decodes each dictionary
 * entry once: a table's rule ids, paths and commit ids repeat on most rows, and the example {@code
 * Group} API decoded every value again (reading the previous crawl was most of a nightly crawl).
 */
final class RowReadSupport extends ReadSupport<Row> {
  private final TableSchema schema;

  RowReadSupport(TableSchema schema) {
    this.schema = schema;
  }

  @Override
  public ReadContext init(InitContext context) {
    MessageType file = context.getFileSchema();
    List<Type> wanted = new ArrayList<>();
    for (Type field : file.getFields()) {
      if (schema.has(field.getName())) {
        wanted.add(field);
      }
    }
    // Parquet has no empty projection: a file with none of the columns is read whole and ignored.
    return new ReadContext(wanted.isEmpty() ? file : new MessageType(file.getName(), wanted));
  }

  @Override
  @SuppressWarnings("deprecation") // abstract in Parquet 1.15: implemented though deprecated
  public RecordMaterializer<Row> prepareForRead(
      Configuration conf, Map<String, String> metadata, MessageType file, ReadContext context) {
    return new Materializer(schema, context.getRequestedSchema());
  }

  private static final class Materializer extends RecordMaterializer<Row> {
    private final TableSchema schema;
    private final GroupConverter root;
    private Object[] values;

    Materializer(TableSchema schema, MessageType requested) {
      this.schema = schema;
      Converter[] fields = new Converter[requested.getFieldCount()];
      for (int f = 0; f < fields.length; f++) {
        Type field = requested.getType(f);
        fields[f] =
            schema.has(field.getName())
                ? converter(schema.indexOf(field.getName()), field)
                : ignore(field);
      }
      this.root =
          new GroupConverter() {
            @Override
            public Converter getConverter(int fieldIndex) {
              return fields[fieldIndex];
            }

            @Override
            public void start() {
              values = new Object[schema.columns().size()];
            }

            @Override
            public void end() {}
          };
    }

    @Override
    public Row getCurrentRecord() {
      return Row.of(schema, values);
    }

    @Override
    public GroupConverter getRootConverter() {
      return root;
    }

    private Converter converter(int i, Type field) {
      Column c = schema.columns().get(i);
      if (c.type() == Column.Type.STRING_LIST) {
        return new StringListConverter(field, list -> values[i] = list);
      }
      if (c.type() == Column.Type.STRING) {
        return new StringConverter(s -> values[i] = s);
      }
      return new PrimitiveConverter() {
        @Override
        public void addInt(int value) {
          if (c.type() == Column.Type.LONG) {
            values[i] = (long) value; // an INT32 column of a LONG (Spark's, say)
          } else {
            values[i] = value;
          }
        }

        @Override
        public void addLong(long value) {
          values[i] =
              c.type() == Column.Type.TIMESTAMP
                  ? Instant.EPOCH.plus(value, ChronoUnit.MICROS)
                  : Long.valueOf(value);
        }

        @Override
        public void addDouble(double value) {
          values[i] = value;
        }

        @Override
        public void addBoolean(boolean value) {
          values[i] = value;
        }
      };
    }
  }

  /** A string column; dictionary pages are decoded once, and their strings shared by the rows. */
  private static final class StringConverter extends PrimitiveConverter {
    private final Consumer<String> sink;
    private String[] dictionary;

    StringConverter(Consumer<String> sink) {
      this.sink = sink;
    }

    @Override
    public boolean hasDictionarySupport() {
      return true;
    }

    @Override
    public void setDictionary(Dictionary d) {
      dictionary = new String[d.getMaxId() + 1];
      for (int id = 0; id <= d.getMaxId(); id++) {
        dictionary[id] = d.decodeToBinary(id).toStringUsingUTF8();
      }
    }

    @Override
    public void addValueFromDictionary(int id) {
      sink.accept(dictionary[id]);
    }

    @Override
    public void addBinary(Binary value) {
      sink.accept(value.toStringUsingUTF8());
    }
  }

  /**
   * A three-level LIST of strings (the layout the writer and Spark use); null elements are left
   * out.
   */
  private static final class StringListConverter extends GroupConverter {
    private final Consumer<List<String>> sink;
    private final GroupConverter element;
    private List<String> list;

    StringListConverter(Type field, Consumer<List<String>> sink) {
      this.sink = sink;
      StringConverter value = new StringConverter(s -> list.add(s));
      this.element =
          new GroupConverter() {
            @Override
            public Converter getConverter(int fieldIndex) {
              return value;
            }

            @Override
            public void start() {}

            @Override
            public void end() {}
          };
      if (field.isPrimitive() || field.asGroupType().getFieldCount() != 1) {
        throw new IllegalArgumentException(field.getName() + " is not a list of strings");
      }
    }

    @Override
    public Converter getConverter(int fieldIndex) {
      return element;
    }

    @Override
    public void start() {
      list = new ArrayList<>();
    }

    @Override
    public void end() {
      sink.accept(List.copyOf(list));
    }
  }

  /** A column the schema does not have (read only when a file has none of the schema's columns). */
  private static Converter ignore(Type field) {
    if (field.isPrimitive()) {
      return new PrimitiveConverter() {
        @Override
        public void addBinary(Binary value) {}

        @Override
        public void addBoolean(boolean value) {}

        @Override
        public void addDouble(double value) {}

        @Override
        public void addFloat(float value) {}

        @Override
        public void addInt(int value) {}

        @Override
        public void addLong(long value) {}
      };
    }
    GroupType group = field.asGroupType();
    Converter[] children = new Converter[group.getFieldCount()];
    for (int f = 0; f < children.length; f++) {
      children[f] = ignore(group.getType(f));
    }
    return new GroupConverter() {
      @Override
      public Converter getConverter(int fieldIndex) {
        return children[fieldIndex];
      }

      @Override
      public void start() {}

      @Override
      public void end() {}
    };
  }
}
