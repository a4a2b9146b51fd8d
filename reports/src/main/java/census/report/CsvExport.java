package census.report;

import census.warehouse.Row;
import census.warehouse.TableSchema;
import census.warehouse.Tables;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** csv/: every table the report shows, as RFC 4180 CSV with a header row. */
final class CsvExport {
  private CsvExport() {}

  static void write(ReportData data, Path folder) throws IOException {
    Files.createDirectories(folder);
    write(folder, Tables.CONNECTORS, data.connectors());
    write(folder, Tables.FINDINGS, data.findings());
    write(folder, Tables.DUPLICATE_GROUPS, data.duplicateGroups());
  }

  private static void write(Path folder, TableSchema table, List<Row> rows) throws IOException {
    String[] header = table.columns().stream().map(c -> c.name()).toArray(String[]::new);
    try (Writer out =
            Files.newBufferedWriter(folder.resolve(table.name() + ".csv"), StandardCharsets.UTF_8);
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(header).get().print(out)) {
      for (Row row : rows) {
        Object[] cells = new Object[header.length];
        for (int i = 0; i < header.length; i++) {
          cells[i] = cell(row.get(i));
        }
        csv.printRecord(cells);
      }
    }
  }

  /**
   * A cell a spreadsheet will not run: text starting with = + - @ (or a tab or carriage return
   * before them) gets a leading apostrophe, as OWASP recommends against CSV injection.
   */
  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text =
        value instanceof List<?> list
            ? String.join(";", list.stream().map(String::valueOf).toList())
            : value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
