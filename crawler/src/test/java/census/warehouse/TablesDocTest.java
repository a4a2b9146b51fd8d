package census.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TablesDocTest {
  @Test
  void docsTablesMdMatchesTheSchemasInCode() throws Exception {
    Path doc = Path.of("..", "docs", "tables.md");
    assertEquals(
        TablesDoc.markdown(Tables.all()),
        Files.readString(doc, StandardCharsets.UTF_8),
        "docs/tables.md is stale: run `scripts/census tables > docs/tables.md`");
  }
}
