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
    id = "OperationParameterRequiredMismatch",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationParameterRequiredMismatch",
    doc =
        "A required parameter of an invoked operation is not fed from an "
            + "optional parameter of the calling operation, which may be empty when "
            + "the call is made.",
    fix = "Make the source parameter required, or the target optional.")
public final class OperationParameterRequiredMismatch implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Extensions.eachArgument(
        connector,
        (ext, inv, arg) -> {
          var target = ext.target(inv, arg);
          var source = ext.source(inv, arg);
          if (target.isPresent()
              && source.isPresent()
              && target.get().node().path("required").asBoolean(false)
              && !source.get().node().path("required").asBoolean(false)) {
            findings.at(
                ext.doc(),
                arg.trail().pointer(),
                "\""
                    + arg.target()
                    + "\" is required by \""
                    + inv.operationId()
                    + "\" but fed from the optional parameter \""
                    + source.get().name()
                    + "\"");
          }
        });
  }
}
