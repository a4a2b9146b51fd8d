package census.report;

import census.warehouse.Row;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings table, which the report never holds whole: it is the largest table it shows (ten
 * million rows at 100× the connectors). Connector pages take it a batch of connectors at a time,
 * each batch one pass over the table; the CSV copies it row by row.
 */
final class FindingsTable {
  /** Findings held at once; one pass reads every batch at the bundle's size (95,000 findings). */
  static final long BATCH = 1_000_000;

  private final Warehouse warehouse;
  private final Map<String, Long> perConnector;
  private final long count;

  private FindingsTable(Warehouse warehouse, Map<String, Long> perConnector, long count) {
    this.warehouse = warehouse;
    this.perConnector = perConnector;
    this.count = count;
  }

  /** Counts the findings of each connector, reading only their path. */
  static FindingsTable open(Warehouse warehouse) throws IOException {
    Map<String, Long> counts = new HashMap<>();
    long[] total = {0};
    warehouse.forEach(
        Tables.FINDINGS.project(List.of("connector_path")),
        f -> {
          counts.merge(f.string("connector_path"), 1L, Long::sum);
          total[0]++;
        });
    return new FindingsTable(warehouse, counts, total[0]);
  }

  long count() {
    return count;
  }

  /** Receives the findings of a batch of connectors, by connector path. */
  @FunctionalInterface
  interface BatchSink {
    void accept(List<String> paths, Map<String, List<Row>> findings) throws IOException;
  }

  /**
   * The findings of {@code paths}, in batches of about {@code limit} findings (a connector is never
   * split), in the order of {@code paths}.
   */
  void forEachBatch(List<String> paths, long limit, BatchSink sink) throws IOException {
    List<String> batch = new ArrayList<>();
    long size = 0;
    for (String path : paths) {
      long n = perConnector.getOrDefault(path, 0L);
      if (!batch.isEmpty() && size + n > limit) {
        emit(batch, sink);
        batch = new ArrayList<>();
        size = 0;
      }
      batch.add(path);
      size += n;
    }
    if (!batch.isEmpty()) {
      emit(batch, sink);
    }
  }

  private void emit(List<String> batch, BatchSink sink) throws IOException {
    Map<String, List<Row>> found = new HashMap<>();
    for (String path : batch) {
      if (perConnector.containsKey(path)) {
        found.put(path, new ArrayList<>());
      }
    }
    if (!found.isEmpty()) {
      warehouse.forEach(
          Tables.FINDINGS,
          f -> {
            List<Row> rows = found.get(f.string("connector_path"));
            if (rows != null) {
              rows.add(f);
            }
          });
    }
    sink.accept(batch, found);
  }

  /** Every finding in turn. */
  void forEach(Warehouse.RowSink sink) throws IOException {
    warehouse.forEach(Tables.FINDINGS, sink);
  }
}
