package census.cli;

import census.warehouse.Tables;
import census.warehouse.TablesDoc;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
    name = "tables",
    description = "Print the schema of every warehouse table as Markdown (docs/tables.md).")
final class TablesCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.out.print(TablesDoc.markdown(Tables.all()));
    return 0;
  }
}
