package census.rules.schemas;

import census.model.Severity;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "MinLengthMustBeGreaterThanOrEqualToZero",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": MinLengthMustBeGreaterThanOrEqualToZero",
    doc =
        "minLength of a schema, parameter, items or header is 0 or more: a string cannot be shorter than empty.",
    fix = "Set minLength to 0 or more, or remove it.")
public final class MinLengthMustBeGreaterThanOrEqualToZero extends NonNegativeKeyword {
  public MinLengthMustBeGreaterThanOrEqualToZero() {
    super("minLength");
  }
}
