package census.rules.schemas;

import census.json.JsonEdits;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Fixability;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.SchemaWalk;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.Map;

@AutoService(Rule.class)
@RuleInfo(
    id = "SwaggerKeywordNotSupported",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": SwaggerKeywordNotSupported",
    doc =
        "Schemas, parameters, items and headers use no keyword the platform does not support:"
            + " uniqueItems: true (uniqueItems: false only restates the default and is left"
            + " alone), and in schemas the JSON Schema and OpenAPI 3 keywords Swagger 2.0 lacks"
            + " (oneOf, anyOf, not, nullable, const, patternProperties, dependencies,"
            + " additionalItems, if/then/else, examples, writeOnly, deprecated).",
    fix =
        "Remove the keyword; for nullable use x-nullable, for oneOf/anyOf describe the common"
            + " properties, for examples use example.",
    fixability = Fixability.SAFE,
    fixSafety =
        "uniqueItems: true is removed: the platform does not support it, so neither the designer"
            + " nor the runtime checks or shows it, and no request, response or card changes. The"
            + " other keywords get no fix, as removing them changes what the schema describes.")
public final class SwaggerKeywordNotSupported implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              for (SchemaWalk.Schema s : SwaggerObjects.typed(connector)) {
                if (s.node().path("uniqueItems").asBoolean(false)) {
                  String pointer = s.pointer() + "/uniqueItems";
                  findings.at(
                      doc,
                      pointer,
                      "uniqueItems is not supported",
                      JsonEdits.remove(doc, pointer).stream().toList());
                }
              }
              for (SchemaWalk.Schema s : SchemaWalk.of(connector)) {
                for (Map.Entry<String, JsonNode> f : SwaggerWalk.fields(s.node())) {
                  if (SwaggerFields.UNSUPPORTED_KEYWORDS.contains(f.getKey())) {
                    findings.at(
                        doc,
                        s.pointer() + "/" + f.getKey(),
                        f.getKey() + " is not a Swagger 2.0 schema keyword");
                  }
                }
              }
            });
  }
}
