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
    id = "OperationPathMayNotContainQueryOrFragment",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationPathMayNotContainQueryOrFragment",
    doc =
        "A path template holds no ? or # : a query or fragment in the path is not part of the route;"
            + " a literal ? or # is written %3F or %23.",
    fix =
        "Move the query into query parameters (one operation per distinct path), or encode the"
            + " character.")
public final class OperationPathMayNotContainQueryOrFragment implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    PathTemplates.eachPath(
        connector,
        (doc, path, pointer, item) -> {
          int at = firstOf(path, "?#");
          if (at >= 0) {
            findings.at(
                doc, pointer, "path " + path + " contains an unencoded '" + path.charAt(at) + "'");
          }
        });
  }

  private static int firstOf(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
