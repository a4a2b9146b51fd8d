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
    id = "ResponseMustBeDefaultOrHttpStatusCode",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": ResponseMustBeDefaultOrHttpStatusCode",
    doc = "Response keys are HTTP status codes (100–599) or \"default\".",
    fix = "Use the numeric status code, e.g. \"200\".")
public final class ResponseMustBeDefaultOrHttpStatusCode implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachResponse(
        connector,
        (doc, op, r) -> {
          if (!r.status().equals("default")
              && !r.status().startsWith("x-")
              && !r.status().matches("[1-5][0-9][0-9]")) {
            findings.at(
                doc,
                r.pointer(),
                "response key \"" + r.status() + "\" is not a status code or default");
          }
        });
  }
}
