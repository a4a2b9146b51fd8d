package census.warehouse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Reads a warehouse table folder (every {@code *.parquet} file in it, as Spark writes several) into
 * rows of a {@link TableSchema}, matching columns by name: a column the files lack reads as null,
 * so readers survive a table written by an older Census.
 */
final class ParquetTableReader {
  private ParquetTableReader() {}

  static List<Row> read(FileSystem fs, Path folder, TableSchema schema, Configuration conf)
      throws IOException {
    List<Row> rows = new ArrayList<>();
    forEach(fs, folder, schema, conf, rows::add);
    return rows;
  }

  /**
   * Hands each row to {@code sink}, reading only the columns of {@code schema} that each file has;
   * a file that cannot be read is a {@link CorruptTableException}, a sink's failure its own.
   */
  static void forEach(
      FileSystem fs, Path folder, TableSchema schema, Configuration conf, Warehouse.RowSink sink)
      throws IOException {
    FileStatus[] parts = fs.globStatus(new Path(folder, "*.parquet"));
    if (parts == null) {
      return;
    }
    Arrays.sort(parts);
    for (FileStatus part : parts) {
      try (ParquetReader<Row> reader = open(part.getPath(), schema, conf)) {
        for (Row row = next(reader, schema, part); row != null; row = next(reader, schema, part)) {
          sink.accept(row);
        }
      }
    }
  }

  private static ParquetReader<Row> open(Path part, TableSchema schema, Configuration conf)
      throws CorruptTableException {
    try {
      return ParquetReader.builder(new RowReadSupport(schema), part).withConf(conf).build();
    } catch (IOException | RuntimeException e) {
      throw new CorruptTableException(schema.name(), part.toString(), e);
    }
  }

  private static Row next(ParquetReader<Row> reader, TableSchema schema, FileStatus part)
      throws CorruptTableException {
    try {
      return reader.read();
    } catch (IOException | RuntimeException e) {
      throw new CorruptTableException(schema.name(), part.getPath().toString(), e);
    }
  }

  /**
   * The columns of a table as its first Parquet file declares them, for tables {@link Tables} does
   * not know; columns of a type the warehouse does not use are left out.
   */
  static TableSchema schemaOf(FileSystem fs, Path folder, String name, Configuration conf)
      throws IOException {
    FileStatus[] parts = fs.globStatus(new Path(folder, "*.parquet"));
    if (parts == null || parts.length == 0) {
      return new TableSchema(name, "", List.of());
    }
    Arrays.sort(parts);
    MessageType message;
    try (ParquetFileReader file =
        ParquetFileReader.open(HadoopInputFile.fromPath(parts[0].getPath(), conf))) {
      message = file.getFooter().getFileMetaData().getSchema();
    } catch (IOException | RuntimeException e) {
      throw new CorruptTableException(name, parts[0].getPath().toString(), e);
    }
    List<Column> columns = new ArrayList<>();
    for (Type field : message.getFields()) {
      Column.Type type = columnType(field);
      if (type != null) {
        columns.add(
            new Column(field.getName(), type, !field.isRepetition(Type.Repetition.REQUIRED), ""));
      }
    }
    return new TableSchema(name, "", columns);
  }

  private static Column.Type columnType(Type field) {
    LogicalTypeAnnotation logical = field.getLogicalTypeAnnotation();
    if (!field.isPrimitive()) {
      boolean stringList =
          logical instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation
              && field.asGroupType().getFieldCount() == 1
              && !field.asGroupType().getType(0).isPrimitive()
              && field.asGroupType().getType(0).asGroupType().getFieldCount() == 1
              && field.asGroupType().getType(0).asGroupType().getType(0).isPrimitive()
              && field.asGroupType().getType(0).asGroupType().getType(0).getLogicalTypeAnnotation()
                  instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation;
      return stringList ? Column.Type.STRING_LIST : null;
    }
    return switch (field.asPrimitiveType().getPrimitiveTypeName()) {
      case BINARY ->
          logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation
              ? Column.Type.STRING
              : null;
      case INT32 -> logical == null ? Column.Type.INT : null;
      case INT64 ->
          logical == null
              ? Column.Type.LONG
              : logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation t
                      && t.getUnit() == LogicalTypeAnnotation.TimeUnit.MICROS
                  ? Column.Type.TIMESTAMP
                  : null;
      case DOUBLE -> Column.Type.DOUBLE;
      case BOOLEAN -> Column.Type.BOOLEAN;
      default -> null;
    };
  }
}
