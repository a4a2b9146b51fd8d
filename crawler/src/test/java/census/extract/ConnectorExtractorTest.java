package census.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import census.connector.ConnectorContext;
import census.connector.RepositoryView;
import census.model.ConnectorKind;
import census.testing.ConnectorFixture;
import census.testing.RuleTester;
import census.warehouse.Row;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectorExtractorTest {
  private static Row extract(ConnectorFixture fixture) {
    ConnectorContext context =
        new ConnectorContext(
            RuleTester.folder(fixture, ConnectorKind.CERTIFIED), RepositoryView.EMPTY);
    return ConnectorExtractor.extract(context, "c0", Instant.EPOCH, List.of()).connector();
  }

  @Test
  void aStrictDefinitionIsOk() {
    Row row = extract(ConnectorFixture.named("Contoso"));
    assertEquals("Contoso", row.string("title"));
    assertEquals("ok", row.string("parse_status"));
  }

  @Test
  void aBrokenDefinitionKeepsWhatWasReadAroundItsFaults() {
    String broken =
        "{\n  \"swagger\": \"2.0\",\n  \"info\": {\n    \"title\": \"Contoso\"\n"
            + "    \"description\": \"Files for Contoso.\",\n    \"version\": \"1.0\"\n  },\n"
            + "  \"host\": \"api.contoso.example\",\n  \"schemes\": [\"https\",],\n  \"paths\": {";
    Row row = extract(ConnectorFixture.named("Contoso").file(ConnectorFixture.SWAGGER, broken));
    assertEquals("Contoso", row.string("title"));
    assertEquals("Files for Contoso.", row.string("description"));
    assertEquals("api.contoso.example", row.string("host"));
    assertEquals(List.of("https"), row.strings("schemes"));
    assertEquals("recovered", row.string("parse_status"));
  }

  @Test
  void aDefinitionWithNoValueFailed() {
    Row row = extract(ConnectorFixture.named("Contoso").file(ConnectorFixture.SWAGGER, " "));
    assertEquals(null, row.string("title"));
    assertEquals("failed", row.string("parse_status"));
  }
}
