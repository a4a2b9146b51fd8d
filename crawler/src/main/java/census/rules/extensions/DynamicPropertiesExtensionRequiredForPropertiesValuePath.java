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
    id = "DynamicPropertiesExtensionRequiredForPropertiesValuePath",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": DynamicPropertiesExtensionRequiredForPropertiesValuePath",
    doc =
        "An x-ms-dynamic-schema whose value-path ends at a schema's "
            + "\"properties\" needs x-ms-dynamic-properties beside it, whose "
            + "itemValuePath names the schema itself.",
    fix =
        "Add x-ms-dynamic-properties with the same operationId and "
            + "itemValuePath set to the value-path without \"/properties\".")
public final class DynamicPropertiesExtensionRequiredForPropertiesValuePath implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Extensions.eachOccurrence(
        connector,
        Extensions.DYNAMIC_SCHEMA,
        (ext, o) -> {
          String path = o.value().path("value-path").asText("");
          if (!o.owner().has(Extensions.DYNAMIC_PROPERTIES)
              && DynamicPaths.endsWithProperties(path)) {
            findings.at(
                ext.doc(),
                o.ownerTrail().field(Extensions.DYNAMIC_SCHEMA).field("value-path").pointer(),
                "value-path \"" + path + "\" points at properties; add x-ms-dynamic-properties");
          }
        });
  }
}
