package census.rules.schemas;

import census.model.Severity;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "MinPropertiesMustBeGreaterThanOrEqualToZero",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": MinPropertiesMustBeGreaterThanOrEqualToZero",
    doc = "minProperties of a schema is 0 or more: an object cannot hold fewer than no properties.",
    fix = "Set minProperties to 0 or more, or remove it.")
public final class MinPropertiesMustBeGreaterThanOrEqualToZero extends NonNegativeKeyword {
  public MinPropertiesMustBeGreaterThanOrEqualToZero() {
    super("minProperties");
  }
}
