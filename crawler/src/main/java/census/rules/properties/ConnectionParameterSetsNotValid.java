package census.rules.properties;

import census.json.JsonDocument;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.info.Documents;
import com.google.auto.service.AutoService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@AutoService(Rule.class)
@RuleInfo(
    id = "ConnectionParameterSetsNotValid",
    severity = Severity.ERROR,
    files = {"apiProperties.json"},
    source =
        Sources.AUTHORING
            + ", \"Authentication Quick Reference\": multi-auth connectors use"
            + " connectionParameterSets",
    doc =
        "connectionParameterSets, where used, has a uiDefinition with displayName and"
            + " description (the sign-in dialog's choice) and a non-empty values array; each"
            + " value has a unique name, a uiDefinition with a displayName, and a non-empty"
            + " parameters object.",
    fix = "Complete the set as in the guide's multi-auth pattern.")
public final class ConnectionParameterSetsNotValid implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Documents.properties(connector)
        .ifPresent(
            doc -> {
              PropertiesNode sets = PropertiesNode.properties(doc).get("connectionParameterSets");
              if (sets.isMissing()) {
                return;
              }
              if (!sets.node().isObject()) {
                findings.at(doc, sets.pointer(), "connectionParameterSets must be an object");
                return;
              }
              requireText(
                  doc, sets.get("uiDefinition"), List.of("displayName", "description"), findings);
              List<PropertiesNode> values = sets.get("values").elements();
              if (values.isEmpty()) {
                findings.at(doc, sets.pointer(), "connectionParameterSets has no values");
                return;
              }
              Map<String, Integer> names = new HashMap<>();
              for (int i = 0; i < values.size(); i++) {
                PropertiesNode value = values.get(i);
                if (!value.node().isObject()) {
                  findings.at(doc, value.pointer(), "a parameter set must be an object");
                  continue;
                }
                String name = value.get("name").text();
                Integer earlier = name.isBlank() ? null : names.putIfAbsent(name, i);
                if (name.isBlank()) {
                  findings.at(doc, value.pointer(), "parameter set has no name");
                } else if (earlier != null) {
                  findings.at(
                      doc,
                      value.get("name").pointer(),
                      "parameter set name \"" + name + "\" is used by values/" + earlier);
                }
                requireText(doc, value.get("uiDefinition"), List.of("displayName"), findings);
                PropertiesNode parameters = value.get("parameters");
                if (!parameters.node().isObject() || parameters.node().isEmpty()) {
                  findings.at(
                      doc, value.pointer(), "parameter set \"" + name + "\" has no parameters");
                }
              }
            });
  }

  private static void requireText(
      JsonDocument doc, PropertiesNode object, List<String> fields, Findings findings) {
    for (String field : fields) {
      if (object.get(field).text().isBlank()) {
        findings.at(doc, object.pointer(), object.pointer() + " has no " + field);
      }
    }
  }
}
