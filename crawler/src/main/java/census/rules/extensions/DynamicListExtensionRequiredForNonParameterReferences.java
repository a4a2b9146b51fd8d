package census.rules.extensions;

import census.model.Severity;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "DynamicListExtensionRequiredForNonParameterReferences",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": DynamicListExtensionRequiredForNonParameterReferences",
    doc =
        "An x-ms-dynamic-values parameter reference that names a property "
            + "inside a parameter (the body) rather than a parameter needs "
            + "x-ms-dynamic-list beside it, whose parameterReference gives the full "
            + "path.",
    fix =
        "Add x-ms-dynamic-list with the same operationId and parameterReference "
            + "paths (for example \"body/name\").")
public final class DynamicListExtensionRequiredForNonParameterReferences
    extends LegacyReferenceNeedsModernExtension {
  public DynamicListExtensionRequiredForNonParameterReferences() {
    super(
        Extensions.DYNAMIC_VALUES,
        Extensions.DYNAMIC_LIST,
        Extensions.Reference.BODY_PROPERTY,
        "is a property inside the body, not a parameter");
  }
}
