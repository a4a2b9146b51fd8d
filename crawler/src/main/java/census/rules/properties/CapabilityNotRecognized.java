package census.rules.properties;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.info.Documents;
import com.google.auto.service.AutoService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@AutoService(Rule.class)
@RuleInfo(
    id = "CapabilityNotRecognized",
    severity = Severity.ERROR,
    files = {"apiProperties.json"},
    source =
        Sources.A_TO_Z
            + ", apiProperties.json: capabilities \"must conform to the recognized values from the"
            + " schema definition\" (schemas/paconn-apiProperties.schema.json)",
    doc =
        "properties.capabilities lists only recognised values, in lower case and once each:"
            + " \"actions\" and \"triggers\" (the examples of the repository's apiProperties"
            + " schema) and \"gateway\" (connectors reached through an on-premises data gateway).",
    fix = "Write \"capabilities\": [\"actions\"] (add \"triggers\" if the connector has triggers).")
public final class CapabilityNotRecognized implements Rule {
  static final List<String> RECOGNIZED = List.of("actions", "triggers", "gateway");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Documents.properties(connector)
        .ifPresent(
            doc -> {
              Set<String> seen = new HashSet<>();
              for (PropertiesNode value :
                  PropertiesNode.properties(doc).get("capabilities").elements()) {
                if (!RECOGNIZED.contains(value.text())) {
                  findings.at(
                      doc,
                      value.pointer(),
                      "capability "
                          + value.node()
                          + " is not one of "
                          + String.join(", ", RECOGNIZED));
                } else if (!seen.add(value.text())) {
                  findings.at(
                      doc, value.pointer(), "capability " + value.node() + " is listed twice");
                }
              }
            });
  }
}
