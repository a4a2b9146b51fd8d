package census.rules.properties;

import census.json.JsonDocument;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A node of apiProperties.json and its JSON pointer, navigated as the platform reads the file: its
 * .NET reader matches property names without regard to case, and certified connectors rely on that
 * ("oauthSettings", "AuthorizationUrl", "displayname"). The repository's stricter JSON Schema is
 * checked on its own by ApiPropertiesSchema; the rules here judge meaning, not spelling.
 */
public record PropertiesNode(JsonNode node, String pointer) {
  /** The file's root. */
  public static PropertiesNode root(JsonDocument doc) {
    return new PropertiesNode(doc.tree(), "");
  }

  /** The {@code properties} object that holds everything else. */
  public static PropertiesNode properties(JsonDocument doc) {
    return root(doc).get("properties");
  }

  /** The field {@code name}, matched exactly or else by a case variant; missing when absent. */
  public PropertiesNode get(String name) {
    String key = name;
    if (!node.has(name)) {
      for (Map.Entry<String, JsonNode> field : SwaggerWalk.fields(node)) {
        if (field.getKey().equalsIgnoreCase(name)) {
          key = field.getKey();
          break;
        }
      }
    }
    JsonNode value = node.isObject() && node.has(key) ? node.get(key) : MissingNode.getInstance();
    return new PropertiesNode(value, pointer + "/" + JsonDocument.escape(key));
  }

  /** Element {@code i} of an array; missing when there is none. */
  public PropertiesNode get(int i) {
    return new PropertiesNode(node.path(i), pointer + "/" + i);
  }

  /** The elements of an array, or none. */
  public List<PropertiesNode> elements() {
    List<PropertiesNode> elements = new ArrayList<>();
    for (int i = 0; node.isArray() && i < node.size(); i++) {
      elements.add(get(i));
    }
    return elements;
  }

  /** The fields of an object as nodes, keyed by their names as written. */
  public List<Map.Entry<String, PropertiesNode>> fields() {
    List<Map.Entry<String, PropertiesNode>> fields = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : SwaggerWalk.fields(node)) {
      fields.add(
          Map.entry(
              field.getKey(),
              new PropertiesNode(
                  field.getValue(), pointer + "/" + JsonDocument.escape(field.getKey()))));
    }
    return fields;
  }

  public boolean isMissing() {
    return node.isMissingNode();
  }

  /** The value as text, or "" when it is absent or not text. */
  public String text() {
    return node.isTextual() ? node.asText() : "";
  }
}
