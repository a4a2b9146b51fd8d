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
    id = "OperationParameterNameIsAmbiguous",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationParameterNameIsAmbiguous",
    doc =
        "A parameter an extension passes to the invoked operation does not name "
            + "both a parameter of that operation and a property of its body: the "
            + "call could fill either.",
    fix =
        "Rename the parameter or the body property so the name is unique in the "
            + "invoked operation.")
public final class OperationParameterNameIsAmbiguous implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Extensions.eachInvocation(
        connector,
        (ext, inv) -> {
          var invoked = ext.operation(inv.operationId());
          if (invoked.isEmpty()) {
            return;
          }
          for (Extensions.Argument arg : inv.arguments()) {
            var p = ext.parameter(invoked.get(), arg.target());
            if (p.isPresent()
                && !p.get().in().equals("body")
                && ext.bodyProperties(invoked.get()).contains(arg.target())) {
              findings.at(
                  ext.doc(),
                  arg.trail().pointer(),
                  "\""
                      + arg.target()
                      + "\" is both a parameter and a body property of \""
                      + inv.operationId()
                      + "\"");
            }
          }
        });
  }
}
