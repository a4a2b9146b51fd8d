package census.rules.responses;

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
    id = "ResponseRefLoopNotAllowed",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": ResponseRefLoopNotAllowed",
    doc =
        "A response defined under #/responses is a response object, not a $ref to another"
            + " definition: chains of references (and loops of them) are not followed.",
    fix = "Write the response out, or reference the target directly where it is used.")
public final class ResponseRefLoopNotAllowed implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.reportRefEntries(connector, findings, "responses", "response definition");
  }
}
