package census.rules.properties;

import census.json.JsonDocument;
import java.util.List;

/** The policy template instances of apiProperties.json. */
public final class Policies {
  /** The template that replaces the definition's host with one built from connection values. */
  public static final String DYNAMIC_HOST = "dynamichosturl";

  private Policies() {}

  /** The policyTemplateInstances array, missing when absent. */
  public static PropertiesNode instances(JsonDocument doc) {
    return PropertiesNode.properties(doc).get("policyTemplateInstances");
  }

  /** The instances of one template, matched without regard to case. */
  public static List<PropertiesNode> of(JsonDocument doc, String templateId) {
    return instances(doc).elements().stream()
        .filter(i -> templateId.equalsIgnoreCase(i.get("templateId").text()))
        .toList();
  }
}
