package census.rules.info;

import census.connector.ConnectorContext;
import census.model.Severity;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.List;

@AutoService(Rule.class)
@RuleInfo(
    id = "ConnectorMetadataPropertiesMissing",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": ConnectorMetadataPropertiesMissing; "
            + Sources.AUTHORING
            + ", checklist",
    doc =
        "x-ms-connector-metadata lists the service's Website, Privacy policy and Categories,"
            + " each with a non-empty propertyValue; the gallery page shows them.",
    fix =
        "Add {\"propertyName\": \"Website\", \"propertyValue\": \"https://...\"} and likewise"
            + " \"Privacy policy\" and \"Categories\" to x-ms-connector-metadata.")
public final class ConnectorMetadataPropertiesMissing implements Rule {
  static final List<String> REQUIRED = List.of("Website", "Privacy policy", "Categories");

  @Override
  public void check(ConnectorContext connector, Findings findings) {
    connector
        .swagger()
        .filter(doc -> doc.root().isPresent())
        .ifPresent(
            doc -> {
              JsonNode metadata = doc.tree().path("x-ms-connector-metadata");
              if (!metadata.isArray()) {
                findings.at(doc, "", "x-ms-connector-metadata is missing");
                return;
              }
              for (String property : REQUIRED) {
                boolean present = false;
                for (JsonNode entry : metadata) {
                  if (property.equalsIgnoreCase(entry.path("propertyName").asText())
                      && !entry.path("propertyValue").asText("").isBlank()) {
                    present = true;
                  }
                }
                if (!present) {
                  findings.at(
                      doc,
                      "/x-ms-connector-metadata",
                      "x-ms-connector-metadata lacks \"" + property + "\"");
                }
              }
            });
  }
}
