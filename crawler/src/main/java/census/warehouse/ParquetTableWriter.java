package census.warehouse;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/** Writes rows of one {@link TableSchema} to one Parquet file. */
public final class ParquetTableWriter implements Closeable {
  private final ParquetWriter<Row> writer;
  private long rows;

  ParquetTableWriter(TableSchema schema, Path file, Configuration conf) throws IOException {
    this.writer =
        new Builder(HadoopOutputFile.fromPath(file, conf), schema)
            .withConf(conf)
            .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
            .withCompressionCodec(CompressionCodecName.SNAPPY)
            .build();
  }

  public void write(Row row) throws IOException {
    try {
      writer.write(row);
    } catch (FSError e) {
      throw diskError(e);
    }
    rows++;
  }

  public void writeAll(Iterable<Row> all) throws IOException {
    for (Row row : all) {
      write(row);
    }
  }

  public long rowCount() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } catch (FSError e) {
      throw diskError(e);
    }
  }

  /** Hadoop's local file system reports a full disk as an Error; callers expect an IOException. */
  static IOException diskError(FSError e) {
    return new IOException(String.valueOf(e.getCause() == null ? e : e.getCause().getMessage()), e);
  }

  private static final class Builder extends ParquetWriter.Builder<Row, Builder> {
    private final TableSchema schema;

    Builder(OutputFile file, TableSchema schema) {
      super(file);
      this.schema = schema;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    @SuppressWarnings("deprecation") // abstract in Parquet 1.15: implemented though deprecated
    protected WriteSupport<Row> getWriteSupport(Configuration conf) {
      return new RowWriteSupport(schema);
    }

    @Override
    protected WriteSupport<Row> getWriteSupport(ParquetConfiguration conf) {
      return new RowWriteSupport(schema);
    }
  }

  private static final class RowWriteSupport extends WriteSupport<Row> {
    private final TableSchema schema;
    private final MessageType message;
    private RecordConsumer out;

    RowWriteSupport(TableSchema schema) {
      this.schema = schema;
      this.message = schema.parquet();
    }

    @Override
    @SuppressWarnings("deprecation") // abstract in Parquet 1.15: implemented though deprecated
    public WriteContext init(Configuration configuration) {
      return new WriteContext(message, new HashMap<>());
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
      return new WriteContext(message, new HashMap<>());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      this.out = recordConsumer;
    }

    @Override
    public void write(Row row) {
      out.startMessage();
      List<Column> columns = schema.columns();
      for (int i = 0; i < columns.size(); i++) {
        Object value = row.get(i);
        if (value == null) {
          continue;
        }
        Column c = columns.get(i);
        out.startField(c.name(), i);
        switch (c.type()) {
          case STRING -> out.addBinary(Binary.fromString((String) value));
          case INT -> out.addInteger((Integer) value);
          case LONG -> out.addLong((Long) value);
          case DOUBLE -> out.addDouble((Double) value);
          case BOOLEAN -> out.addBoolean((Boolean) value);
          case TIMESTAMP -> out.addLong(micros((Instant) value));
          case STRING_LIST -> writeList((List<?>) value);
        }
        out.endField(c.name(), i);
      }
      out.endMessage();
    }

    private void writeList(List<?> values) {
      out.startGroup();
      if (!values.isEmpty()) {
        out.startField("list", 0);
        for (Object v : values) {
          out.startGroup();
          out.startField("element", 0);
          out.addBinary(
              Binary.fromConstantByteArray(((String) v).getBytes(StandardCharsets.UTF_8)));
          out.endField("element", 0);
          out.endGroup();
        }
        out.endField("list", 0);
      }
      out.endGroup();
    }

    private static long micros(Instant t) {
      return ChronoUnit.MICROS.between(Instant.EPOCH, t);
    }
  }
}
