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
    id = "OperationParameterTypeMismatch",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationParameterTypeMismatch",
    doc =
        "A parameter of the calling operation passed to an invoked operation "
            + "has the type of the parameter it feeds (an integer may feed a number).",
    fix = "Align the two parameters' types.")
public final class OperationParameterTypeMismatch implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Extensions.eachArgument(
        connector,
        (ext, inv, arg) -> {
          var target = ext.target(inv, arg);
          var source = ext.source(inv, arg);
          if (target.isEmpty() || source.isEmpty()) {
            return;
          }
          String to = ext.type(target.get());
          String from = ext.type(source.get());
          if (!to.isEmpty()
              && !from.isEmpty()
              && !to.equals(from)
              && !(to.equals("number") && from.equals("integer"))) {
            findings.at(
                ext.doc(),
                arg.trail().pointer(),
                "\""
                    + source.get().name()
                    + "\" is of type "
                    + from
                    + " but feeds \""
                    + arg.target()
                    + "\" of \""
                    + inv.operationId()
                    + "\", of type "
                    + to);
          }
        });
  }
}
