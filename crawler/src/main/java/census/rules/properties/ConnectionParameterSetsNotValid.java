package census.rules.properties;

import census.connector.ConnectorContext;
import census.json.JsonDocument;
import census.model.Severity;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.info.Documents;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.HashMap;
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
            + " parameters object. Property names are case-sensitive: displayname is not"
            + " displayName.",
    fix = "Complete the set as in the guide's multi-auth pattern.")
public final class ConnectionParameterSetsNotValid implements Rule {
  static final String POINTER = "/properties/connectionParameterSets";

  @Override
  public void check(ConnectorContext connector, Findings findings) {
    Documents.properties(connector)
        .ifPresent(
            doc -> {
              JsonNode sets = doc.tree().at(POINTER);
              if (sets.isMissingNode()) {
                return;
              }
              if (!sets.isObject()) {
                findings.at(doc, POINTER, "connectionParameterSets must be an object");
                return;
              }
              requireText(doc, POINTER + "/uiDefinition", "displayName", findings);
              requireText(doc, POINTER + "/uiDefinition", "description", findings);
              JsonNode values = sets.path("values");
              if (!values.isArray() || values.isEmpty()) {
                findings.at(doc, POINTER, "connectionParameterSets has no values");
                return;
              }
              Map<String, Integer> names = new HashMap<>();
              for (int i = 0; i < values.size(); i++) {
                String pointer = POINTER + "/values/" + i;
                JsonNode value = values.get(i);
                if (!value.isObject()) {
                  findings.at(doc, pointer, "a parameter set must be an object");
                  continue;
                }
                String name = value.path("name").asText("");
                Integer earlier = name.isBlank() ? null : names.putIfAbsent(name, i);
                if (name.isBlank()) {
                  findings.at(doc, pointer, "parameter set has no name");
                } else if (earlier != null) {
                  findings.at(
                      doc,
                      pointer + "/name",
                      "parameter set name \"" + name + "\" is used by values/" + earlier);
                }
                requireText(doc, pointer + "/uiDefinition", "displayName", findings);
                JsonNode parameters = value.path("parameters");
                if (!parameters.isObject() || parameters.isEmpty()) {
                  findings.at(doc, pointer, "parameter set \"" + name + "\" has no parameters");
                }
              }
            });
  }

  private static void requireText(
      JsonDocument doc, String objectPointer, String field, Findings findings) {
    if (doc.tree().at(objectPointer).path(field).asText("").isBlank()) {
      findings.at(doc, objectPointer, objectPointer + " has no " + field);
    }
  }
}
