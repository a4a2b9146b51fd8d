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
    id = "SummarySameAsDescription",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.AUTHORING + ", \"summary and description must not have the same text\"",
    doc =
        "An operation's description says more than its summary; the same text twice tells the user nothing.",
    fix = "Write a description that adds detail, or remove it.",
    version = 2)
public final class SummarySameAsDescription implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          String summary = op.node().path("summary").asText("").strip();
          String description = op.node().path("description").asText("").strip();
          if (!summary.isEmpty() && same(summary, description)) {
            findings.at(
                doc,
                op.pointer() + "/description",
                "description repeats the summary \"" + summary + "\"");
          }
        });
    SwaggerWalk.eachWrittenParameter(
        connector,
        (doc, op, p) -> {
          String name = p.node().path("x-ms-summary").asText("").strip();
          String text = p.node().path("description").asText("").strip();
          if (!name.isEmpty() && same(name, text)) {
            findings.at(
                doc,
                p.pointer(),
                "parameter \""
                    + p.name()
                    + "\": description repeats x-ms-summary \""
                    + name
                    + "\"");
          }
        });
  }

  /** Equal apart from case and one final full stop (without a regular expression per text). */
  public static boolean same(String a, String b) {
    return withoutStop(a).equalsIgnoreCase(withoutStop(b));
  }

  private static String withoutStop(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
