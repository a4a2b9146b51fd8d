package census.rules.properties;

import census.json.JsonDocument;
import census.rules.ConnectorIndex;
import census.rules.info.Documents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The connection parameters of apiProperties.json: those under {@code connectionParameters} and,
 * for connectors with several ways to sign in, those of every {@code connectionParameterSets}
 * value, each with its JSON pointer.
 */
public final class ConnectionParameters {
  public static final String OAUTH = "oauthSetting";

  /** The parameter through which an on-premises data gateway carries the connection. */
  public static final String GATEWAY = "gatewaySetting";

  private ConnectionParameters() {}

  /** One parameter: its name and its object. */
  public record Parameter(String name, PropertiesNode at) {
    public String pointer() {
      return at.pointer();
    }

    public String type() {
      return at.get("type").text();
    }

    public boolean isOAuth() {
      return OAUTH.equalsIgnoreCase(type());
    }

    public boolean isGateway() {
      return GATEWAY.equalsIgnoreCase(type());
    }

    /** The {@code oAuthSettings} object, missing when absent. */
    public PropertiesNode oauthSettings() {
      return at.get("oAuthSettings");
    }
  }

  /** Every parameter that is an object, in document order; a name may repeat across sets. */
  public static List<Parameter> all(JsonDocument doc) {
    PropertiesNode properties = PropertiesNode.properties(doc);
    List<Parameter> all = new ArrayList<>();
    add(properties.get("connectionParameters"), all);
    for (PropertiesNode set : properties.get("connectionParameterSets").get("values").elements()) {
      add(set.get("parameters"), all);
    }
    return all;
  }

  /** The parameters of type oauthSetting. */
  public static List<Parameter> oauth(JsonDocument doc) {
    return all(doc).stream().filter(Parameter::isOAuth).toList();
  }

  /** Runs {@code check} on every OAuth parameter ({@link #oauth}) of apiProperties.json. */
  static void eachOAuth(ConnectorIndex connector, BiConsumer<JsonDocument, Parameter> check) {
    Documents.properties(connector).ifPresent(doc -> oauth(doc).forEach(p -> check.accept(doc, p)));
  }

  private static void add(PropertiesNode group, List<Parameter> out) {
    for (Map.Entry<String, PropertiesNode> p : group.fields()) {
      if (p.getValue().node().isObject()) {
        out.add(new Parameter(p.getKey(), p.getValue()));
      }
    }
  }
}
