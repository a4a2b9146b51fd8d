package census.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as the site shows it: a caption, column names and cells. Cells are plain values, escaped
 * when rendered, or one of the {@link Cell} kinds. A table the report computes (a count by kind,
 * rules failing most) is exported as {@code csv/<csv>.csv}; a table that shows rows of a warehouse
 * table links to that table's CSV instead.
 *
 * @param csv file name (without .csv) under csv/: our own constant, never repository text
 * @param computed true when the report computed the table, so CsvExport writes it
 */
record Table(
    String csv, boolean computed, String caption, List<String> columns, List<List<Object>> rows) {

  /** A table the report computes; exported as csv/{csv}.csv. */
  static Table computed(String csv, String caption, String... columns) {
    return new Table(csv, true, caption, List.of(columns), new ArrayList<>());
  }

  /** Rows of the warehouse table {@code source}; its full CSV is csv/{source}.csv. */
  static Table of(String source, String caption, String... columns) {
    return new Table(source, false, caption, List.of(columns), new ArrayList<>());
  }

  Table add(Object... cells) {
    rows.add(java.util.Arrays.asList(cells));
    return this;
  }

  /** Cells that are more than text. */
  sealed interface Cell {}

  /** A link inside the site; {@code href} is built by the report, {@code text} is escaped. */
  record Link(String href, String text) implements Cell {}

  /**
   * A URL, from the repository or built by the report: a link only when it is http(s) ({@link
   * Escape#link}), labelled with the URL itself unless a label is given.
   */
  record Web(String url, String label) implements Cell {
    Web(String url) {
      this(url, url);
    }
  }

  /** Code-like text (ids, paths), escaped. */
  record Code(String text) implements Cell {}

  /** A number shown with its unit or precision but sorted by its value. */
  @SuppressWarnings("JavaLangClash") // always written Table.Number, beside the other cells
  record Number(double value, String text) implements Cell {}
}
