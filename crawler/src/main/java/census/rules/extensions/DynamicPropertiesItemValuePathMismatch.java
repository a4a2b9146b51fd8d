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
    id = "DynamicPropertiesItemValuePathMismatch",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": DynamicPropertiesItemValuePathMismatch",
    doc =
        "Where x-ms-dynamic-schema and x-ms-dynamic-properties stand together, "
            + "the latter's itemValuePath is the former's value-path without its "
            + "trailing \"properties\".",
    fix = "Set itemValuePath to the value-path without \"/properties\".")
public final class DynamicPropertiesItemValuePathMismatch implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Extensions.eachOccurrence(
        connector,
        Extensions.DYNAMIC_SCHEMA,
        (ext, o) -> {
          com.fasterxml.jackson.databind.JsonNode properties =
              o.owner().path(Extensions.DYNAMIC_PROPERTIES);
          if (!properties.isObject() || !o.value().has("value-path")) {
            return;
          }
          String expected = DynamicPaths.schemaPath(o.value().path("value-path").asText(""));
          String actual = DynamicPaths.trim(properties.path("itemValuePath").asText(""));
          if (!expected.equals(actual)) {
            census.rules.JsonTrail at = o.ownerTrail().field(Extensions.DYNAMIC_PROPERTIES);
            findings.at(
                ext.doc(),
                (properties.has("itemValuePath") ? at.field("itemValuePath") : at).pointer(),
                "itemValuePath is \""
                    + actual
                    + "\" but x-ms-dynamic-schema's value-path"
                    + " makes it \""
                    + expected
                    + "\"");
          }
        });
  }
}
