package census.rules.info;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "ConnectorMetadataPropertiesMissing",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": ConnectorMetadataPropertiesMissing; "
            + Sources.CERTIFICATION
            + ", \"Step 3b: Product or end service metadata\"; "
            + Sources.AUTHORING
            + ", checklist",
    doc =
        "x-ms-connector-metadata lists the service's Website, Privacy policy and Categories,"
            + " each with a non-empty propertyValue; the gallery page shows them.",
    fix =
        "Add {\"propertyName\": \"Website\", \"propertyValue\": \"https://...\"} and likewise"
            + " \"Privacy policy\" and \"Categories\" to x-ms-connector-metadata.",
    version = 2)
public final class ConnectorMetadataPropertiesMissing implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              JsonNode metadata = doc.tree().path("x-ms-connector-metadata");
              if (!metadata.isArray()) {
                findings.at(
                    doc,
                    metadata.isMissingNode() ? "" : ConnectorMetadata.POINTER,
                    metadata.isMissingNode()
                        ? "x-ms-connector-metadata is missing"
                        : "x-ms-connector-metadata must be an array of entries");
                return;
              }
              for (String property : ConnectorMetadata.REQUIRED) {
                boolean present =
                    ConnectorMetadata.entries(doc.tree()).stream()
                        .anyMatch(e -> e.is(property) && !e.value().asText("").isBlank());
                if (!present) {
                  findings.at(
                      doc,
                      ConnectorMetadata.POINTER,
                      "x-ms-connector-metadata lacks \"" + property + "\"");
                }
              }
            });
  }
}
