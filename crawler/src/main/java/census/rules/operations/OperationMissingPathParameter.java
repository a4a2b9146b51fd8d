package census.rules.operations;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "OperationMissingPathParameter",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationMissingPathParameter",
    doc =
        "Every {variable} in a path template has a parameter with \"in\": \"path\" and that name.",
    fix = "Add the path parameter, or fix the template's variable name.")
public final class OperationMissingPathParameter implements Rule {
  static final java.util.regex.Pattern VARIABLE = java.util.regex.Pattern.compile("\\{([^{}/]+)}");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          java.util.Set<String> declared = new java.util.HashSet<>();
          for (SwaggerWalk.Parameter p : SwaggerWalk.parameters(root, op)) {
            if (p.in().equals("path")) {
              declared.add(p.name());
            }
          }
          java.util.regex.Matcher m = VARIABLE.matcher(op.path());
          while (m.find()) {
            if (!declared.contains(m.group(1))) {
              findings.at(
                  doc, op.pointer(), "path variable {" + m.group(1) + "} has no path parameter");
            }
          }
        });
  }
}
