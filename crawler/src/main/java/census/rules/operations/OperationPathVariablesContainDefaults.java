package census.rules.operations;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "OperationPathVariablesContainDefaults",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationPathVariablesContainDefaults",
    doc =
        "No path template variable sets a default with = (as in {id=1}): defaults belong on the"
            + " parameter.",
    fix = "Remove the =default from the template; give the path parameter a default if needed.")
public final class OperationPathVariablesContainDefaults implements Rule {
  private static final java.util.regex.Pattern WITH_DEFAULT =
      java.util.regex.Pattern.compile("\\{[^{}/]*=[^{}/]*}");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    PathTemplates.eachPath(
        connector,
        (doc, path, pointer, item) -> {
          java.util.regex.Matcher m = WITH_DEFAULT.matcher(path);
          if (m.find()) {
            findings.at(doc, pointer, "path variable " + m.group() + " sets a default");
          }
        });
  }
}
