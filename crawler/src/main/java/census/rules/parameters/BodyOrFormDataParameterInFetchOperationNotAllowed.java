package census.rules.parameters;

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
    id = "BodyOrFormDataParameterInFetchOperationNotAllowed",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": BodyOrFormDataParameterInFetchOperationNotAllowed",
    doc = "GET operations take no body or formData parameter.",
    fix = "Send the values as query or path parameters, or use POST.")
public final class BodyOrFormDataParameterInFetchOperationNotAllowed implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          if (!op.method().equals("get")) {
            return;
          }
          for (SwaggerWalk.Parameter p : SwaggerWalk.parameters(root, op)) {
            if (p.in().equals("body") || p.in().equals("formData")) {
              findings.at(
                  doc,
                  p.pointer(),
                  "GET " + op.path() + " has a " + p.in() + " parameter \"" + p.name() + "\"");
            }
          }
        });
  }
}
