package census.rules.schemas;

import census.json.JsonDocument;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

@AutoService(Rule.class)
@RuleInfo(
    id = "JsonValueNotInEnum",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": JsonValueNotInEnum; Swagger 2.0 (the fields of each object)",
    doc =
        "Fields with a fixed set of values hold one of them, spelled exactly (values are case"
            + " sensitive): a parameter's in (query, header, path, formData, body), the type of a"
            + " parameter, items, header or schema, and collectionFormat.",
    fix = "Use one of the values the finding lists.")
public final class JsonValueNotInEnum implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerObjects.eachObject(
        connector,
        (doc, o) -> {
          Map<String, Set<String>> allowed = SwaggerFields.VALUES.get(o.kind());
          if (allowed == null) {
            return;
          }
          for (Map.Entry<String, Set<String>> field : allowed.entrySet()) {
            JsonNode value = o.node().get(field.getKey());
            if (value != null && value.isTextual() && !field.getValue().contains(value.asText())) {
              findings.at(
                  doc,
                  o.pointer() + "/" + JsonDocument.escape(field.getKey()),
                  field.getKey()
                      + " \""
                      + value.asText()
                      + "\" is not one of "
                      + String.join(", ", new TreeSet<>(field.getValue())));
            }
          }
        });
  }
}
