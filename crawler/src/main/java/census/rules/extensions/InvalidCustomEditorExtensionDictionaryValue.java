package census.rules.extensions;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "InvalidCustomEditorExtensionDictionaryValue",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": InvalidCustomEditorExtensionDictionaryValue",
    doc =
        "x-ms-editor \"dictionary\" (a key-value editor) stands only on an object "
            + "schema that allows additional properties.",
    fix =
        "Give the schema \"type\": \"object\" and \"additionalProperties\" (e.g. "
            + "{\"type\": \"string\"}), or remove x-ms-editor.")
public final class InvalidCustomEditorExtensionDictionaryValue implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Extensions.eachOccurrence(
        connector,
        Extensions.EDITOR,
        (ext, o) -> {
          if (!o.value().asText("").equals("dictionary")) {
            return;
          }
          com.fasterxml.jackson.databind.JsonNode schema = ext.resolve(o.owner());
          String type = schema.path("type").asText("object");
          com.fasterxml.jackson.databind.JsonNode extra = schema.path("additionalProperties");
          if (!type.equals("object") || !(extra.isObject() || extra.asBoolean(false))) {
            findings.at(
                ext.doc(),
                o.pointer(),
                "x-ms-editor \"dictionary\" on a schema that is not an object allowing"
                    + " additional properties");
          }
        });
  }
}
