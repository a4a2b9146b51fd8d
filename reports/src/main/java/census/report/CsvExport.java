package census.report;

import census.warehouse.Row;
import census.warehouse.TableSchema;
import census.warehouse.Tables;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * csv/: every table the report shows, as RFC 4180 CSV with a header row: the warehouse tables whose
 * rows the pages list, in full, and every table the report computed.
 */
final class CsvExport {
  private CsvExport() {}

  static void write(ReportData data, Collection<Table> computed, Path folder) throws IOException {
    Files.createDirectories(folder);
    write(folder, Tables.CONNECTORS, data.connectors());
    try (CSVPrinter csv = printer(folder, Tables.FINDINGS.name(), header(Tables.FINDINGS))) {
      data.findings().forEach(row -> print(csv, row));
    }
    write(folder, Tables.DUPLICATE_GROUPS, data.duplicateGroups());
    for (Map.Entry<String, List<Row>> table : data.optional().entrySet()) {
      List<Row> rows = table.getValue();
      write(
          folder,
          rows.isEmpty() ? new TableSchema(table.getKey(), "", List.of()) : rows.get(0).schema(),
          rows);
    }
    for (Table table : computed) {
      try (CSVPrinter csv = printer(folder, table.csv(), table.columns().toArray(String[]::new))) {
        for (List<Object> row : table.rows()) {
          csv.printRecord(row.stream().map(CsvExport::cell).toArray());
        }
      }
    }
  }

  private static void write(Path folder, TableSchema table, List<Row> rows) throws IOException {
    try (CSVPrinter csv = printer(folder, table.name(), header(table))) {
      for (Row row : rows) {
        print(csv, row);
      }
    }
  }

  private static String[] header(TableSchema table) {
    return table.columns().stream().map(c -> c.name()).toArray(String[]::new);
  }

  private static void print(CSVPrinter csv, Row row) throws IOException {
    Object[] cells = new Object[row.schema().columns().size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = cell(row.get(i));
    }
    csv.printRecord(cells);
  }

  private static CSVPrinter printer(Path folder, String name, String[] header) throws IOException {
    Writer out = Files.newBufferedWriter(folder.resolve(name + ".csv"), StandardCharsets.UTF_8);
    return CSVFormat.RFC4180.builder().setHeader(header).get().print(out);
  }

  /**
   * A cell a spreadsheet will not run: text starting with = + - @ (or a tab or carriage return
   * before them) gets a leading apostrophe, as OWASP recommends against CSV injection.
   */
  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text;
    if (value instanceof List<?> list) {
      text = String.join(";", list.stream().map(String::valueOf).toList());
    } else if (value instanceof Table.Link link) {
      text = link.text();
    } else if (value instanceof Table.Web web) {
      text = web.url() == null ? "" : web.url();
    } else if (value instanceof Table.Code code) {
      text = String.valueOf(code.text());
    } else if (value instanceof Table.Number n) {
      text = String.valueOf(n.value());
    } else {
      text = value.toString();
    }
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
