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
    id = "OperationPathContainsUnsupportedCharacters",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationPathContainsUnsupportedCharacters",
    doc = "A path template holds no wildcard character *: the platform cannot route it.",
    fix = "Replace the wildcard with a path parameter, e.g. /files/{path}.")
public final class OperationPathContainsUnsupportedCharacters implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    PathTemplates.eachPath(
        connector,
        (doc, path, pointer, item) -> {
          if (path.indexOf('*') >= 0) {
            findings.at(doc, pointer, "path " + path + " contains the wildcard character *");
          }
        });
  }
}
