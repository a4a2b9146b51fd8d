package census.rules.operations;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "ApiAnnotationExtensionReplacementInfoMissingOperationIdProperty",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR + ": ApiAnnotationExtensionReplacementInfoMissingOperationIdProperty",
    doc = "An x-ms-api-annotation.replacement names the operationId of the replacing operation.",
    fix = "Add \"operationId\" to the replacement.")
public final class ApiAnnotationExtensionReplacementInfoMissingOperationIdProperty implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Replacements.requireField(connector, findings, "operationId");
  }
}
