package census.warehouse;

import census.parallel.Parallel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The folder of Parquet tables, one sub-folder per table: a local path or any Hadoop file-system
 * URI. Tables are written to a staging folder and swapped in only when a whole step has succeeded,
 * so readers always see the last complete set.
 */
public final class Warehouse {
  static final String STAGING = "_staging";
  static final String TRASH = "_trash";
  static final String QUARANTINE = "_quarantine";

  private final Path root;
  private final Configuration conf;
  private final FileSystem fs;

  public Warehouse(String location) {
    this.conf = new Configuration();
    this.root = toPath(location);
    try {
      this.fs = root.getFileSystem(conf);
      // Local .crc side files would only clutter table folders that Spark and users list.
      fs.setWriteChecksum(false);
      fs.setVerifyChecksum(false);
      recoverInterruptedSwaps();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open warehouse " + location, e);
    }
  }

  /** A plain path is made absolute; a URI with a scheme (hdfs://, s3a://, file:) is kept. */
  static Path toPath(String location) {
    URI uri = URI.create(location.replace(" ", "%20"));
    if (uri.getScheme() != null && uri.getScheme().length() > 1) {
      return new Path(location);
    }
    return new Path(java.nio.file.Path.of(location).toAbsolutePath().normalize().toUri());
  }

  public String location() {
    return root.toString();
  }

  public Path tablePath(String table) {
    return new Path(root, table);
  }

  public boolean exists(TableSchema table) {
    try {
      return fs.exists(tablePath(table.name()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All rows of a published table; an absent table reads as empty. */
  public List<Row> read(TableSchema table) throws IOException {
    Path folder = tablePath(table.name());
    if (!fs.exists(folder)) {
      return List.of();
    }
    return ParquetTableReader.read(fs, folder, table, conf);
  }

  /** Receives rows one at a time. */
  @FunctionalInterface
  public interface RowSink {
    void accept(Row row) throws IOException;
  }

  /**
   * Each row of a published table in turn, holding only the columns of {@code schema} (the table's
   * declaration or a {@link TableSchema#project projection} of it): for tables too big to hold in
   * memory, or columns too wide to read for nothing. Only the projected columns are read from the
   * files.
   */
  public void forEach(TableSchema schema, RowSink sink) throws IOException {
    Path folder = tablePath(schema.name());
    if (fs.exists(folder)) {
      ParquetTableReader.forEach(fs, folder, schema, conf, sink);
    }
  }

  /**
   * The schema of a published table: its declaration in {@link Tables} or, for a table this build
   * does not declare (written by a newer job), the columns its Parquet files carry; empty when the
   * table is absent.
   */
  public Optional<TableSchema> schemaOf(String table) throws IOException {
    Path folder = tablePath(table);
    if (!fs.exists(folder)) {
      return Optional.empty();
    }
    for (TableSchema declared : Tables.all()) {
      if (declared.name().equals(table)) {
        return Optional.of(declared);
      }
    }
    return Optional.of(ParquetTableReader.schemaOf(fs, folder, table, conf));
  }

  /**
   * Whether the table is published with every column this build declares; false for one written
   * before a column was added, whose readers would see that column as null. A step that keeps rows
   * from earlier runs starts over from such a table rather than read "none" for "not recorded".
   */
  public boolean current(TableSchema table) throws IOException {
    Path folder = tablePath(table.name());
    if (!fs.exists(folder)) {
      return false;
    }
    Set<String> stored = new HashSet<>();
    ParquetTableReader.schemaOf(fs, folder, table.name(), conf)
        .columns()
        .forEach(c -> stored.add(c.name()));
    return table.columns().stream().allMatch(c -> stored.contains(c.name()));
  }

  /**
   * SHA-256 of a published table's Parquet files, their bytes in name order; "absent" when it is
   * not published. The names stay out: Spark names its files at random.
   */
  public String contentHash(String table) throws IOException {
    Path folder = tablePath(table);
    FileStatus[] parts = fs.exists(folder) ? fs.globStatus(new Path(folder, "*.parquet")) : null;
    if (parts == null) {
      return "absent";
    }
    Arrays.sort(parts);
    MessageDigest sha = Fingerprints.sha256();
    byte[] buffer = new byte[1 << 16];
    for (FileStatus part : parts) {
      try (InputStream in = fs.open(part.getPath())) {
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          sha.update(buffer, 0, n);
        }
      }
    }
    return HexFormat.of().formatHex(sha.digest(), 0, 16);
  }

  /**
   * Drops what killed runs left in the staging folder. Only for a caller that holds the run lock:
   * another live run's staging would go too.
   */
  public void clearStaging() throws IOException {
    fs.delete(new Path(root, STAGING), true);
  }

  /**
   * Moves a damaged table out of the way, into {@code _quarantine/}, keeping its files for a person
   * to look at; returns where it went.
   */
  public String quarantine(TableSchema table) throws IOException {
    Path target =
        new Path(new Path(root, QUARANTINE), table.name() + "-" + System.currentTimeMillis());
    fs.mkdirs(target.getParent());
    if (!fs.rename(tablePath(table.name()), target)) {
      throw new IOException("cannot move " + tablePath(table.name()) + " to " + target);
    }
    return target.toString();
  }

  /** Starts a set of tables to publish together; {@code id} names the staging folder. */
  public Staging stage(String id) throws IOException {
    Path folder = new Path(new Path(root, STAGING), id);
    fs.delete(folder, true);
    fs.mkdirs(folder);
    return new Staging(folder);
  }

  /** Tables written under a staging folder, invisible to readers until {@link #publish()}. */
  public final class Staging implements AutoCloseable {
    private final Path folder;
    private final Map<String, Path> tables = Collections.synchronizedMap(new LinkedHashMap<>());
    private boolean published;

    private Staging(Path folder) {
      this.folder = folder;
    }

    /** The folder a table is staged in, for writers that are not ours (Spark). */
    public Path tablePath(String table) {
      Path path = new Path(folder, table);
      tables.put(table, path);
      return path;
    }

    public ParquetTableWriter writer(TableSchema table) throws IOException {
      Path path = tablePath(table.name());
      fs.mkdirs(path);
      return new ParquetTableWriter(table, new Path(path, "part-00000.parquet"), conf);
    }

    /** A writer of one more part file of a table, next to parts already staged or carried over. */
    public ParquetTableWriter newPart(TableSchema table) throws IOException {
      Path path = tablePath(table.name());
      fs.mkdirs(path);
      return new ParquetTableWriter(
          table, new Path(path, "part-" + java.util.UUID.randomUUID() + ".parquet"), conf);
    }

    /**
     * Copies the published table's part files into this staging folder unread, for a table that
     * grows from run to run (a cache); returns how many parts were copied. Once the table has more
     * than {@code maxParts} parts they are read and written again as one, so a nightly run does not
     * leave thousands of small files.
     */
    public int carryOver(TableSchema table, int maxParts) throws IOException {
      Path live = new Path(root, table.name());
      FileStatus[] parts = fs.globStatus(new Path(live, "*.parquet"));
      if (parts == null || parts.length == 0) {
        return 0;
      }
      if (parts.length > maxParts) {
        try (ParquetTableWriter writer = newPart(table)) {
          ParquetTableReader.forEach(fs, live, table, conf, writer::write); // streamed
        }
        return 1;
      }
      Path path = tablePath(table.name());
      fs.mkdirs(path);
      for (FileStatus part : parts) {
        if (!org.apache.hadoop.fs.FileUtil.copy(
            fs, part.getPath(), fs, new Path(path, part.getPath().getName()), false, conf)) {
          throw new IOException("cannot copy " + part.getPath());
        }
      }
      return parts.length;
    }

    /** Writes a whole table at once. */
    public void write(TableSchema table, Iterable<Row> rows) throws IOException {
      try (ParquetTableWriter writer = writer(table)) {
        writer.writeAll(rows);
      }
    }

    /**
     * Writes whole tables side by side, one per core, in the map's order (largest first balances
     * the cores): encoding Parquet is most of a nightly crawl that finds little changed.
     */
    public void writeAll(Map<TableSchema, ? extends Iterable<Row>> tables) throws IOException {
      try {
        Parallel.forEach(
            tables.entrySet(),
            table -> {
              try {
                write(table.getKey(), table.getValue());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    /**
     * Swaps every staged table into place. Each swap is two renames; a crash between them is
     * repaired the next time the warehouse is opened.
     */
    public void publish() throws IOException {
      Path trash = new Path(new Path(root, TRASH), folder.getName());
      fs.mkdirs(trash);
      for (Map.Entry<String, Path> table : tables.entrySet()) {
        Path live = new Path(root, table.getKey());
        if (fs.exists(live) && !fs.rename(live, new Path(trash, table.getKey()))) {
          throw new IOException("cannot move " + live + " aside");
        }
        if (!fs.rename(table.getValue(), live)) {
          throw new IOException("cannot publish " + table.getValue() + " as " + live);
        }
      }
      fs.delete(trash, true);
      fs.delete(folder, true);
      published = true;
    }

    /** Drops the staging folder of a set that was not published. */
    @Override
    public void close() throws IOException {
      if (!published) {
        fs.delete(folder, true);
      }
    }
  }

  /** Puts back any table that a crash left in the trash without its replacement in place. */
  private void recoverInterruptedSwaps() throws IOException {
    Path trashRoot = new Path(root, TRASH);
    if (!fs.exists(trashRoot)) {
      return;
    }
    for (FileStatus run : fs.listStatus(trashRoot)) {
      for (FileStatus table : fs.listStatus(run.getPath())) {
        Path live = new Path(root, table.getPath().getName());
        if (!fs.exists(live)) {
          fs.rename(table.getPath(), live);
        }
      }
      fs.delete(run.getPath(), true);
    }
  }

  /** The names of published tables. */
  public List<String> tables() throws IOException {
    List<String> names = new ArrayList<>();
    if (!fs.exists(root)) {
      return names;
    }
    for (FileStatus s : fs.listStatus(root)) {
      String name = s.getPath().getName();
      if (s.isDirectory() && !name.startsWith("_") && !name.startsWith(".")) {
        names.add(name);
      }
    }
    names.sort(null);
    return names;
  }
}
