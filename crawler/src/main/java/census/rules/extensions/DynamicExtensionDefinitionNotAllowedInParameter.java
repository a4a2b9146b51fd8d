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
    id = "DynamicExtensionDefinitionNotAllowedInParameter",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": DynamicExtensionDefinitionNotAllowedInParameter",
    doc =
        "Dynamic extensions (x-ms-dynamic-values, -list, -schema, -properties, "
            + "-tree) of a body go in the body parameter's schema, not on the body "
            + "parameter itself.",
    fix = "Move the extension into the parameter's \"schema\".")
public final class DynamicExtensionDefinitionNotAllowedInParameter implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Extensions.of(connector)
        .ifPresent(
            ext -> {
              for (String key : KEYS) {
                for (Extensions.Occurrence o : ext.occurrences(key)) {
                  if (o.owner().path("in").asText("").equals("body") && o.owner().has("name")) {
                    findings.at(
                        ext.doc(),
                        o.pointer(),
                        key + " stands on the body parameter; it belongs in its schema");
                  }
                }
              }
            });
  }

  private static final java.util.List<String> KEYS =
      java.util.List.of(
          Extensions.DYNAMIC_VALUES,
          Extensions.DYNAMIC_LIST,
          Extensions.DYNAMIC_SCHEMA,
          Extensions.DYNAMIC_PROPERTIES,
          Extensions.DYNAMIC_TREE);
}
