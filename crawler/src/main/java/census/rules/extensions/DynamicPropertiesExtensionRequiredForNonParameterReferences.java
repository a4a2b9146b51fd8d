package census.rules.extensions;

import census.connector.ConnectorContext;
import census.model.Severity;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "DynamicPropertiesExtensionRequiredForNonParameterReferences",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": DynamicPropertiesExtensionRequiredForNonParameterReferences",
    doc =
        "An x-ms-dynamic-schema parameter reference that names a property "
            + "inside a parameter (the body) rather than a parameter needs "
            + "x-ms-dynamic-properties beside it, whose parameterReference gives the "
            + "full path.",
    fix =
        "Add x-ms-dynamic-properties with the same operationId and "
            + "parameterReference paths (for example \"body/name\").")
public final class DynamicPropertiesExtensionRequiredForNonParameterReferences implements Rule {
  @Override
  public void check(ConnectorContext connector, Findings findings) {
    Extensions.of(connector)
        .ifPresent(
            ext -> {
              for (Extensions.Invocation inv : ext.invocations()) {
                if (!inv.at().key().equals(Extensions.DYNAMIC_SCHEMA)
                    || inv.at().owner().has(Extensions.DYNAMIC_PROPERTIES)) {
                  continue;
                }
                for (Extensions.Argument arg : inv.arguments()) {
                  String ref = arg.reference();
                  if (ref != null
                      && !arg.isPathReference()
                      && ext.reference(inv.at(), ref) == Extensions.Reference.BODY_PROPERTY) {
                    findings.at(
                        ext.doc(),
                        arg.trail().field("parameter").pointer(),
                        "\""
                            + ref
                            + "\" is a property inside the body, not a parameter; add x-ms-dynamic-properties");
                  }
                }
              }
            });
  }
}
