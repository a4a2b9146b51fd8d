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
    id = "TriggerSummaryNotWhen",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.AUTHORING + ", \"summary— ... For triggers, use the format: 'When a [event]'\"",
    doc =
        "A trigger's summary (an operation with x-ms-trigger) starts with \"When\", as every"
            + " trigger in the designer does: \"When a task is created\".",
    fix =
        "Name the event: \"When a task is created\" rather than \"New task\" or \"Task trigger\".")
public final class TriggerSummaryNotWhen implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          String summary = op.node().path("summary").asText("").strip();
          if (op.node().has("x-ms-trigger")
              && !summary.isEmpty()
              && !summary.regionMatches(true, 0, "When ", 0, 5)) {
            findings.at(
                doc,
                op.pointer() + "/summary",
                "trigger summary \"" + summary + "\" does not start with \"When\"");
          }
        });
  }
}
