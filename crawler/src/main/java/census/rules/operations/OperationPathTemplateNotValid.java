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
    id = "OperationPathTemplateNotValid",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationPathTemplateNotValid",
    doc =
        "Every { in a path template is closed by a } within the same segment, around a non-empty"
            + " variable name; a literal brace is written %7B or %7D.",
    fix = "Close the variable within its segment, or encode the stray brace.")
public final class OperationPathTemplateNotValid implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    PathTemplates.eachPath(
        connector,
        (doc, path, pointer, item) -> {
          String problem = problem(path);
          if (problem != null) {
            findings.at(doc, pointer, "path " + path + ": " + problem);
          }
        });
  }

  /** What is wrong with the template's braces, or null when nothing is. */
  static String problem(String path) {
    int open = -1;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '{') {
        if (open >= 0) {
          return "'{' inside the variable opened at " + open;
        }
        open = i;
      } else if (c == '}') {
        if (open < 0) {
          return "'}' at " + i + " closes no variable";
        }
        if (i == open + 1) {
          return "empty variable {} at " + open;
        }
        open = -1;
      } else if (c == '/' && open >= 0) {
        return "the variable opened at " + open + " spans a '/'";
      }
    }
    return open >= 0 ? "the variable opened at " + open + " is not closed" : null;
  }
}
