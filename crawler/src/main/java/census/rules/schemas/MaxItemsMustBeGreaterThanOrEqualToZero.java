package census.rules.schemas;

import census.model.Severity;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "MaxItemsMustBeGreaterThanOrEqualToZero",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": MaxItemsMustBeGreaterThanOrEqualToZero",
    doc =
        "maxItems of a schema, parameter, items or header is 0 or more: a negative maximum count of array items allows no array at all.",
    fix = "Set maxItems to 0 or more, or remove it.")
public final class MaxItemsMustBeGreaterThanOrEqualToZero extends NonNegativeKeyword {
  public MaxItemsMustBeGreaterThanOrEqualToZero() {
    super("maxItems");
  }
}
