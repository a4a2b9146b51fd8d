package census.notebook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.owasp.encoder.Encode;

/**
 * A DataFrame's first rows as an HTML table and as aligned text. Every cell may hold a string from
 * a stranger's pull request, so the HTML escapes each one.
 */
final class TableDisplay {
  private static final int CELL_CHARS = 60;

  private TableDisplay() {}

  static DisplayData of(Dataset<Row> frame, int limit) {
    String[] names = frame.columns();
    Column[] asText =
        Arrays.stream(names)
            .map(n -> functions.col("`" + n.replace("`", "``") + "`").cast("string"))
            .toArray(Column[]::new);
    List<Row> rows = frame.select(asText).limit(limit + 1).collectAsList();
    boolean more = rows.size() > limit;
    List<String[]> cells = new ArrayList<>();
    for (Row row : rows.subList(0, Math.min(limit, rows.size()))) {
      String[] values = new String[names.length];
      for (int i = 0; i < names.length; i++) {
        values[i] = row.isNullAt(i) ? "null" : row.getString(i);
      }
      cells.add(values);
    }
    String footer = more ? "only the first " + limit + " rows" : rows.size() + " rows";
    DisplayData display = new DisplayData(text(names, cells) + footer);
    display.putHTML(html(names, cells, footer));
    return display;
  }

  private static String text(String[] names, List<String[]> cells) {
    int[] widths = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      widths[i] = shorten(names[i]).length();
      for (String[] row : cells) {
        widths[i] = Math.max(widths[i], shorten(row[i]).length());
      }
    }
    StringBuilder out = new StringBuilder();
    appendLine(out, names, widths);
    for (String[] row : cells) {
      appendLine(out, row, widths);
    }
    return out.toString();
  }

  private static void appendLine(StringBuilder out, String[] values, int[] widths) {
    for (int i = 0; i < values.length; i++) {
      String value = shorten(values[i]);
      out.append(i == 0 ? "" : " | ").append(value).append(" ".repeat(widths[i] - value.length()));
    }
    out.append('\n');
  }

  /** One line, at most {@link #CELL_CHARS} characters: a description must not flood the page. */
  private static String shorten(String value) {
    String line = value.replaceAll("\\s+", " ");
    return line.length() <= CELL_CHARS ? line : line.substring(0, CELL_CHARS - 1) + "…";
  }

  private static String html(String[] names, List<String[]> cells, String footer) {
    StringBuilder out = new StringBuilder("<table><thead><tr>");
    for (String name : names) {
      out.append("<th>").append(Encode.forHtml(name)).append("</th>");
    }
    out.append("</tr></thead><tbody>");
    for (String[] row : cells) {
      out.append("<tr>");
      for (String value : row) {
        out.append("<td>").append(Encode.forHtml(shorten(value))).append("</td>");
      }
      out.append("</tr>");
    }
    return out.append("</tbody></table><p>").append(footer).append("</p>").toString();
  }
}
