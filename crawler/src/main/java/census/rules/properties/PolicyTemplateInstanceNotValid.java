package census.rules.properties;

import census.connector.ConnectorContext;
import census.model.Severity;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.info.Documents;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "PolicyTemplateInstanceNotValid",
    severity = Severity.ERROR,
    files = {"apiProperties.json"},
    source = Sources.AUTHORING + ", \"Policy Templates\"",
    doc =
        "policyTemplateInstances is an array of objects, each with a templateId string, a title"
            + " and a parameters object, as the platform applies them.",
    fix = "Complete the instance as in the guide's setheader example.")
public final class PolicyTemplateInstanceNotValid implements Rule {
  static final String POINTER = "/properties/policyTemplateInstances";

  @Override
  public void check(ConnectorContext connector, Findings findings) {
    Documents.properties(connector)
        .ifPresent(
            doc -> {
              JsonNode instances = doc.tree().at(POINTER);
              if (instances.isMissingNode()) {
                return;
              }
              if (!instances.isArray()) {
                findings.at(doc, POINTER, "policyTemplateInstances must be an array");
                return;
              }
              for (int i = 0; i < instances.size(); i++) {
                JsonNode instance = instances.get(i);
                String pointer = POINTER + "/" + i;
                if (!instance.isObject()) {
                  findings.at(doc, pointer, "a policy template instance must be an object");
                  continue;
                }
                if (instance.path("templateId").asText("").isBlank()) {
                  findings.at(doc, pointer, "policy template instance has no templateId");
                }
                if (!instance.path("title").isTextual()) {
                  findings.at(doc, pointer, "policy template instance has no title");
                }
                if (!instance.path("parameters").isObject()) {
                  findings.at(doc, pointer, "policy template instance has no parameters object");
                }
              }
            });
  }
}
