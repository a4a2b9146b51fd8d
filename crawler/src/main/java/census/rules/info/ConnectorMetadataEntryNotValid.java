package census.rules.info;

import census.json.JsonEdits;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Fixability;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.HashMap;
import java.util.Map;

@AutoService(Rule.class)
@RuleInfo(
    id = "ConnectorMetadataEntryNotValid",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.CERTIFICATION
            + ", \"Step 3b\": \"Ensure you enter the schema exactly as shown; don't change the"
            + " propertyName\"",
    doc =
        "Each x-ms-connector-metadata entry is an object with a string propertyName and"
            + " propertyValue; Website, Privacy policy and Categories are spelled exactly so"
            + " (\"Privacy policy\", not \"Privacy Policy\") and given once.",
    fix = "Copy the entry from the guide's sample snippet and fill in the value.",
    fixability = Fixability.SAFE,
    fixSafety =
        "A misspelt propertyName is respelt as the guide writes it; the platform reads the name"
            + " regardless of case and spacing, and the entry only describes the connector's"
            + " listing. Entries of other faults get no fix.")
public final class ConnectorMetadataEntryNotValid implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              JsonNode metadata = doc.tree().path("x-ms-connector-metadata");
              for (int i = 0; i < metadata.size(); i++) {
                if (!metadata.get(i).isObject()) {
                  findings.at(
                      doc,
                      ConnectorMetadata.POINTER + "/" + i,
                      "entry must be an object with propertyName and propertyValue");
                }
              }
              Map<String, Integer> seen = new HashMap<>();
              for (ConnectorMetadata.Entry e : ConnectorMetadata.entries(doc.tree())) {
                if (!e.node().path("propertyName").isTextual()) {
                  findings.at(doc, e.pointer(), "entry has no propertyName string");
                  continue;
                }
                if (!e.value().isTextual()) {
                  findings.at(doc, e.pointer(), "\"" + e.name() + "\" has no propertyValue string");
                }
                for (String required : ConnectorMetadata.REQUIRED) {
                  if (!e.is(required)) {
                    continue;
                  }
                  if (!e.name().equals(required)) {
                    String name = e.pointer() + "/propertyName";
                    findings.at(
                        doc,
                        name,
                        "propertyName \"" + e.name() + "\" must be spelled \"" + required + "\"",
                        JsonEdits.replaceString(doc, name, required).stream().toList());
                  }
                  Integer earlier = seen.putIfAbsent(required, e.index());
                  if (earlier != null) {
                    findings.at(
                        doc,
                        e.pointer(),
                        "\""
                            + required
                            + "\" is given again; the first is at "
                            + ConnectorMetadata.POINTER
                            + "/"
                            + earlier);
                  }
                }
              }
            });
  }
}
