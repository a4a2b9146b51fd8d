package census.rules.schemas;

import census.json.JsonDocument;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Map;

@AutoService(Rule.class)
@RuleInfo(
    id = "OneOfPropertiesRequired",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OneOfPropertiesRequired",
    doc =
        "The dynamic extensions of a parameter or schema say where their data comes from:"
            + " x-ms-dynamic-values has operationId, builtInOperation or capability;"
            + " x-ms-dynamic-schema, x-ms-dynamic-list and x-ms-dynamic-properties have"
            + " operationId or builtInOperation; and each entry of their parameters that is an"
            + " object has parameter, parameterReference or value.",
    fix = "Add the missing one of the listed properties.")
public final class OneOfPropertiesRequired implements Rule {
  private record Need(String extension, List<String> oneOf) {}

  private static final List<Need> NEEDS =
      List.of(
          new Need("x-ms-dynamic-values", List.of("operationId", "builtInOperation", "capability")),
          new Need("x-ms-dynamic-schema", List.of("operationId", "builtInOperation")),
          new Need("x-ms-dynamic-list", List.of("operationId", "builtInOperation")),
          new Need("x-ms-dynamic-properties", List.of("operationId", "builtInOperation")));

  private static final List<String> SOURCES = List.of("parameter", "parameterReference", "value");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerObjects.eachObject(
        connector,
        (doc, o) -> {
          for (Need need : NEEDS) {
            JsonNode ext = o.node().get(need.extension());
            if (ext == null || !ext.isObject()) {
              continue;
            }
            String at = o.pointer() + "/" + need.extension();
            if (need.oneOf().stream().noneMatch(ext::has)) {
              findings.at(doc, at, need.extension() + " needs one of " + need.oneOf());
            }
            for (Map.Entry<String, JsonNode> p : SwaggerWalk.fields(ext.path("parameters"))) {
              if (p.getValue().isObject() && SOURCES.stream().noneMatch(p.getValue()::has)) {
                findings.at(
                    doc,
                    at + "/parameters/" + JsonDocument.escape(p.getKey()),
                    "parameter \"" + p.getKey() + "\" needs one of " + SOURCES);
              }
            }
          }
        });
  }
}
