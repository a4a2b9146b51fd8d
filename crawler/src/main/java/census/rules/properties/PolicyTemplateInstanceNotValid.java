package census.rules.properties;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.info.Documents;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "PolicyTemplateInstanceNotValid",
    severity = Severity.WARNING,
    files = {"apiProperties.json"},
    source = Sources.AUTHORING + ", \"Policy Templates\"",
    doc =
        "policyTemplateInstances is an array of objects, each with a templateId string, a title"
            + " and a parameters object, as the platform applies them.",
    fix = "Complete the instance as in the guide's setheader example.")
public final class PolicyTemplateInstanceNotValid implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Documents.properties(connector)
        .ifPresent(
            doc -> {
              PropertiesNode instances = Policies.instances(doc);
              if (instances.isMissing()) {
                return;
              }
              if (!instances.node().isArray()) {
                findings.at(doc, instances.pointer(), "policyTemplateInstances must be an array");
                return;
              }
              for (PropertiesNode instance : instances.elements()) {
                if (!instance.node().isObject()) {
                  findings.at(
                      doc, instance.pointer(), "a policy template instance must be an object");
                  continue;
                }
                if (instance.get("templateId").text().isBlank()) {
                  findings.at(
                      doc, instance.pointer(), "policy template instance has no templateId");
                }
                if (!instance.get("title").node().isTextual()) {
                  findings.at(doc, instance.pointer(), "policy template instance has no title");
                }
                if (!instance.get("parameters").node().isObject()) {
                  findings.at(
                      doc, instance.pointer(), "policy template instance has no parameters object");
                }
              }
            });
  }
}
