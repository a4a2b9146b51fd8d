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
    id = "ApiAnnotationExtensionReplacementInfoMissingApiProperty",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": ApiAnnotationExtensionReplacementInfoMissingApiProperty",
    doc = "An x-ms-api-annotation.replacement names the api that holds the replacing operation.",
    fix = "Add \"api\" (the connector's api name) to the replacement.")
public final class ApiAnnotationExtensionReplacementInfoMissingApiProperty implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Replacements.requireField(connector, findings, "api");
  }
}
