package census.rules.extensions;

import census.model.Severity;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "DynamicListExtensionRequiredForAmbiguousReferences",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": DynamicListExtensionRequiredForAmbiguousReferences",
    doc =
        "An x-ms-dynamic-values parameter reference that names both a parameter "
            + "of the operation and a property inside its body is ambiguous; it needs "
            + "x-ms-dynamic-list beside it, whose parameterReference gives the full "
            + "path.",
    fix =
        "Add x-ms-dynamic-list with the same operationId and parameterReference "
            + "paths (for example \"body/name\").")
public final class DynamicListExtensionRequiredForAmbiguousReferences
    extends LegacyReferenceNeedsModernExtension {
  public DynamicListExtensionRequiredForAmbiguousReferences() {
    super(
        Extensions.DYNAMIC_VALUES,
        Extensions.DYNAMIC_LIST,
        Extensions.Reference.AMBIGUOUS,
        "is both a parameter and a body property of this operation");
  }
}
