package census.rules.extensions;

import census.model.Severity;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "DynamicPropertiesExtensionRequiredForNonParameterReferences",
    severity = Severity.WARNING,
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
public final class DynamicPropertiesExtensionRequiredForNonParameterReferences
    extends LegacyReferenceNeedsModernExtension {
  public DynamicPropertiesExtensionRequiredForNonParameterReferences() {
    super(
        Extensions.DYNAMIC_SCHEMA,
        Extensions.DYNAMIC_PROPERTIES,
        Extensions.Reference.BODY_PROPERTY,
        "is a property inside the body, not a parameter");
  }
}
