package census.rules.properties;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;
import java.util.List;

@AutoService(Rule.class)
@RuleInfo(
    id = "PolicyTemplateOperationNotFound",
    severity = Severity.ERROR,
    files = {"apiProperties.json", "apiDefinition.swagger.json"},
    source =
        Sources.AUTHORING
            + ", \"Policy Templates\"; "
            + Sources.VALIDATOR
            + ": OperationIdNotFound (the same check for the definition's own references)",
    doc =
        "Every operation a policy template instance applies to"
            + " (x-ms-apimTemplate-operationName) is an operationId of the definition: a"
            + " policy bound to a renamed or removed operation silently stops applying.",
    fix = "Correct the operation name, or remove it from the policy when the operation is gone.")
public final class PolicyTemplateOperationNotFound implements Rule {
  static final String OPERATIONS = "x-ms-apimTemplate-operationName";

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    References.withUnknownOperation(
        connector,
        (doc, unknown) -> {
          for (PropertiesNode instance : Policies.instances(doc).elements()) {
            PropertiesNode names = instance.get("parameters").get(OPERATIONS);
            // One operation may be written as a plain string rather than a list.
            List<PropertiesNode> each =
                names.node().isTextual() ? List.of(names) : names.elements();
            for (PropertiesNode name : each) {
              if (unknown.test(name)) {
                findings.at(
                    doc,
                    name.pointer(),
                    "policy \""
                        + label(instance)
                        + "\" names the operation \""
                        + name.text()
                        + "\", which the definition does not have");
              }
            }
          }
        });
  }

  private static String label(PropertiesNode instance) {
    String title = instance.get("title").text();
    return title.isEmpty() ? instance.get("templateId").text() : title;
  }
}
