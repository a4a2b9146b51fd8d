package census.warehouse;

import java.util.List;

/** Renders the table schemas as docs/tables.md, so the document cannot drift from the code. */
public final class TablesDoc {
  private TablesDoc() {}

  public static String markdown(List<TableSchema> tables) {
    StringBuilder md = new StringBuilder();
    md.append("# Warehouse tables\n\n")
        .append(
            "Generated from `census.warehouse.Tables` by `scripts/census tables > docs/tables.md`;")
        .append(" do not edit by hand.\n\n")
        .append("Each table is a folder of Parquet files under the warehouse (`--warehouse`).")
        .append(" Column names are stable: other tools query them.\n");
    for (TableSchema t : tables) {
      md.append("\n## ").append(t.name()).append("\n\n").append(t.doc()).append("\n\n");
      md.append("| column | type | null | meaning |\n|---|---|---|---|\n");
      for (Column c : t.columns()) {
        md.append("| `")
            .append(c.name())
            .append("` | ")
            .append(c.type().sql())
            .append(" | ")
            .append(c.nullable() ? "yes" : "no")
            .append(" | ")
            .append(c.doc().replace("|", "\\|"))
            .append(" |\n");
      }
    }
    return md.toString();
  }
}
