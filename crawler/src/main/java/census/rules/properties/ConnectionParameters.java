package census.rules.properties;

import census.json.JsonDocument;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The connection parameters of apiProperties.json: those under {@code connectionParameters} and,
 * for connectors with several ways to sign in, those of every {@code connectionParameterSets}
 * value, each with its JSON pointer.
 */
public final class ConnectionParameters {
  public static final String OAUTH = "oauthSetting";

  private ConnectionParameters() {}

  /** One parameter: its name, its object and where it is written. */
  public record Parameter(String name, JsonNode node, String pointer) {
    public String type() {
      return node.path("type").asText("");
    }

    public boolean isOAuth() {
      return OAUTH.equals(type());
    }

    /** The {@code oAuthSettings} object, or a missing node. */
    public JsonNode oauthSettings() {
      return node.path("oAuthSettings");
    }

    public String oauthSettingsPointer() {
      return pointer + "/oAuthSettings";
    }
  }

  /** Every parameter that is an object, in document order; a name may repeat across sets. */
  public static List<Parameter> all(JsonNode propertiesFile) {
    JsonNode properties = propertiesFile.path("properties");
    List<Parameter> all = new ArrayList<>();
    add(properties.path("connectionParameters"), "/properties/connectionParameters", all);
    JsonNode sets = properties.path("connectionParameterSets").path("values");
    for (int i = 0; i < sets.size(); i++) {
      add(
          sets.get(i).path("parameters"),
          "/properties/connectionParameterSets/values/" + i + "/parameters",
          all);
    }
    return all;
  }

  /** The parameters of type oauthSetting. */
  public static List<Parameter> oauth(JsonNode propertiesFile) {
    return all(propertiesFile).stream().filter(Parameter::isOAuth).toList();
  }

  private static void add(JsonNode group, String pointer, List<Parameter> out) {
    for (Map.Entry<String, JsonNode> p : SwaggerWalk.fields(group)) {
      if (p.getValue().isObject()) {
        out.add(
            new Parameter(
                p.getKey(), p.getValue(), pointer + "/" + JsonDocument.escape(p.getKey())));
      }
    }
  }
}
