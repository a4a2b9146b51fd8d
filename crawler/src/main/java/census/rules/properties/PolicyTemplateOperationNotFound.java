package census.rules.properties;

import census.connector.ConnectorContext;
import census.json.JsonDocument;
import census.model.Severity;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.info.Documents;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.Set;

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
  public void check(ConnectorContext connector, Findings findings) {
    if (Documents.swagger(connector).isEmpty()) {
      return;
    }
    Set<String> operations = References.operationIds(connector);
    Documents.properties(connector)
        .ifPresent(
            doc -> {
              JsonNode instances = doc.tree().at(PolicyTemplateInstanceNotValid.POINTER);
              for (int i = 0; i < instances.size(); i++) {
                String pointer =
                    PolicyTemplateInstanceNotValid.POINTER + "/" + i + "/parameters/" + OPERATIONS;
                JsonNode names = doc.tree().at(pointer);
                // One operation may be written as a plain string rather than a list.
                if (names.isTextual()) {
                  check(doc, pointer, names, label(instances.get(i)), operations, findings);
                }
                for (int j = 0; j < names.size(); j++) {
                  check(
                      doc,
                      pointer + "/" + j,
                      names.get(j),
                      label(instances.get(i)),
                      operations,
                      findings);
                }
              }
            });
  }

  private static void check(
      JsonDocument doc,
      String pointer,
      JsonNode name,
      String policy,
      Set<String> operations,
      Findings findings) {
    if (name.isTextual() && !operations.contains(References.key(name.asText()))) {
      findings.at(
          doc,
          pointer,
          "policy \""
              + policy
              + "\" names the operation \""
              + name.asText()
              + "\", which the definition does not have");
    }
  }

  private static String label(JsonNode instance) {
    JsonNode title = instance.path("title");
    return title.isTextual() ? title.asText() : instance.path("templateId").asText("?");
  }
}
