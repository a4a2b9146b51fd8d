package census.rules.extensions;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "OperationParameterStaticTypeMismatch",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationParameterStaticTypeMismatch",
    doc =
        "A fixed value an extension passes to an invoked operation has the type "
            + "of the parameter it fills.",
    fix =
        "Write the value with the parameter's type (e.g. 5, not \"5\", for an "
            + "integer), or correct the parameter.")
public final class OperationParameterStaticTypeMismatch implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Extensions.eachArgument(
        connector,
        (ext, inv, arg) -> {
          var target = ext.target(inv, arg);
          com.fasterxml.jackson.databind.JsonNode value = arg.literal();
          if (target.isEmpty() || value == null || value.isNull()) {
            return;
          }
          String type = ext.type(target.get());
          if (!fits(type, value)) {
            findings.at(
                ext.doc(),
                arg.trail().pointer(),
                "the value "
                    + value
                    + " does not fit \""
                    + arg.target()
                    + "\" of \""
                    + inv.operationId()
                    + "\", of type "
                    + type);
          }
        });
  }

  static boolean fits(String type, com.fasterxml.jackson.databind.JsonNode value) {
    return switch (type) {
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "array" -> value.isArray();
      case "object" -> value.isObject();
      default -> true;
    };
  }
}
