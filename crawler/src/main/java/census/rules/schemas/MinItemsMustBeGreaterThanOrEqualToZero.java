package census.rules.schemas;

import census.model.Severity;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "MinItemsMustBeGreaterThanOrEqualToZero",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": MinItemsMustBeGreaterThanOrEqualToZero",
    doc =
        "minItems of a schema, parameter, items or header is 0 or more: an array cannot hold fewer than no items.",
    fix = "Set minItems to 0 or more, or remove it.")
public final class MinItemsMustBeGreaterThanOrEqualToZero extends NonNegativeKeyword {
  public MinItemsMustBeGreaterThanOrEqualToZero() {
    super("minItems");
  }
}
