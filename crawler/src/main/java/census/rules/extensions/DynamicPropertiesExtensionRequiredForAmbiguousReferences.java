package census.rules.extensions;

import census.model.Severity;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "DynamicPropertiesExtensionRequiredForAmbiguousReferences",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": DynamicPropertiesExtensionRequiredForAmbiguousReferences",
    doc =
        "An x-ms-dynamic-schema parameter reference that names both a parameter "
            + "of the operation and a property inside its body is ambiguous; it needs "
            + "x-ms-dynamic-properties beside it, whose parameterReference gives the "
            + "full path.",
    fix =
        "Add x-ms-dynamic-properties with the same operationId and "
            + "parameterReference paths (for example \"body/name\").")
public final class DynamicPropertiesExtensionRequiredForAmbiguousReferences
    extends LegacyReferenceNeedsModernExtension {
  public DynamicPropertiesExtensionRequiredForAmbiguousReferences() {
    super(
        Extensions.DYNAMIC_SCHEMA,
        Extensions.DYNAMIC_PROPERTIES,
        Extensions.Reference.AMBIGUOUS,
        "is both a parameter and a body property of this operation");
  }
}
