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
    id = "OperationParameterNameNotFound",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationParameterNameNotFound",
    doc =
        "The parameters an extension passes to the operation it invokes are "
            + "parameters (or body properties) of that operation, and a parameter it "
            + "reads from its own operation exists there.",
    fix = "Rename the parameter to one the operation has, or remove it.")
public final class OperationParameterNameNotFound implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Extensions.eachInvocation(
        connector,
        (ext, inv) -> {
          var invoked = ext.operation(inv.operationId());
          for (Extensions.Argument arg : inv.arguments()) {
            if (invoked.isPresent() && !known(ext, invoked.get(), arg.target())) {
              findings.at(
                  ext.doc(),
                  arg.trail().pointer(),
                  "\"" + inv.operationId() + "\" has no parameter \"" + arg.target() + "\"");
            }
            String ref = arg.reference();
            if (ref != null && inv.at().op() != null && !found(ext, inv, arg, ref)) {
              findings.at(
                  ext.doc(),
                  arg.trail()
                      .field(arg.isPathReference() ? "parameterReference" : "parameter")
                      .pointer(),
                  "this operation has no parameter \""
                      + (arg.isPathReference() ? ref.split("/", 2)[0] : ref)
                      + "\"");
            }
          }
        });
  }

  /** A parameter name, a property of the body passed flat, or a path starting at a parameter. */
  private static boolean known(
      Extensions ext, census.rules.SwaggerWalk.Operation op, String target) {
    return ext.parameter(op, target).isPresent()
        || ext.bodyProperties(op).contains(target)
        || (target.contains("/") && ext.parameter(op, target.split("/", 2)[0]).isPresent());
  }

  private static boolean found(
      Extensions ext, Extensions.Invocation inv, Extensions.Argument arg, String ref) {
    if (arg.isPathReference()) {
      return ext.parameter(inv.at().op(), ref.split("/", 2)[0]).isPresent();
    }
    return ext.reference(inv.at(), ref) != Extensions.Reference.NOT_FOUND;
  }
}
