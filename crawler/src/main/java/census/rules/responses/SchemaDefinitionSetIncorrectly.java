package census.rules.responses;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "SchemaDefinitionSetIncorrectly",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": SchemaDefinitionSetIncorrectly",
    doc =
        "A trigger (x-ms-trigger) says what it fires with: a webhook trigger in the schema of"
            + " its x-ms-notification-content, a polling trigger in the schema of its 200 or 201"
            + " response. Without it the flow gets no outputs to use. Actions are left to the"
            + " response rules (an action may answer with no body). A warning: 89 certified"
            + " connectors at dev (November 2026) hold a trigger without one, so the validator"
            + " evidently lets it pass.",
    fix =
        "Add the schema of the trigger's output: under x-ms-notification-content for a webhook,"
            + " on the 200 (or 201) response for a polling trigger.")
public final class SchemaDefinitionSetIncorrectly implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          if (!op.node().has("x-ms-trigger")) {
            return;
          }
          JsonNode notification = op.node().get("x-ms-notification-content");
          if (notification != null) {
            if (!notification.path("schema").isObject()) {
              findings.at(
                  doc,
                  op.pointer() + "/x-ms-notification-content",
                  "webhook trigger without a schema in x-ms-notification-content");
            }
            return;
          }
          for (SwaggerWalk.Response r : SwaggerWalk.responses(root, op)) {
            if ((r.status().equals("200") || r.status().equals("201"))
                && r.node().path("schema").isObject()) {
              return;
            }
          }
          findings.at(
              doc,
              op.pointer() + "/responses",
              "trigger without a schema on a 200 or 201 response");
        });
  }
}
