package census.rules.properties;

import static census.testing.RuleCases.Expected.in;

import census.rules.files.ApiPropertiesSchema;
import census.testing.ConnectorFixture;
import census.testing.OAuthFixture;
import census.testing.OneLine;
import census.testing.RuleCaseSource;
import census.testing.RuleCases;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The rules on connection parameters, OAuth settings, policy templates and script operations. */
class ConnectionRulesTest implements RuleCaseSource {
  private static final String TOKEN = "/properties/connectionParameters/token";
  private static final String SETTINGS = TOKEN + "/oAuthSettings";
  private static final String SETS = "/properties/connectionParameterSets";
  private static final String POLICY = "/properties/policyTemplateInstances/0";

  /** A finding in apiProperties.json. */
  private static RuleCases.Expected inProperties(String pointer, String message) {
    return in(ConnectorFixture.PROPERTIES, pointer, message);
  }

  private static ConnectorFixture settings(Consumer<ObjectNode> edit) {
    return OAuthFixture.oauth2().properties(p -> edit.accept(p.withObject(SETTINGS)));
  }

  /** A connector whose properties gain one policy template instance. */
  private static ConnectorFixture policy(Consumer<ObjectNode> instance) {
    return ConnectorFixture.named("Contoso")
        .properties(
            p -> {
              p.withObject("/properties/connectionParameters/instance")
                  .put("type", "string")
                  .putObject("uiDefinition")
                  .put("displayName", "Instance")
                  .put("description", "The name of your Contoso instance.");
              instance.accept(p.withArray("/properties/policyTemplateInstances").addObject());
            });
  }

  private static ConnectorFixture hostPolicy(String urlTemplate) {
    return policy(
        i ->
            i.put("templateId", "dynamichosturl")
                .put("title", "Host")
                .putObject("parameters")
                .put("x-ms-apimTemplateParameter.urlTemplate", urlTemplate));
  }

  private static ConnectorFixture operationPolicy(Consumer<ObjectNode> parameters) {
    return policy(
        i ->
            parameters.accept(
                i.put("templateId", "setheader").put("title", "Accept").putObject("parameters")));
  }

  private static ConnectorFixture sets(Consumer<ObjectNode> edit) {
    return ConnectorFixture.named("Contoso")
        .properties(
            p -> {
              ObjectNode sets = p.withObject(SETS);
              sets.putObject("uiDefinition")
                  .put("displayName", "Authentication type")
                  .put("description", "How to sign in.");
              ArrayNode values = sets.putArray("values");
              for (String name : List.of("apiKey", "basic")) {
                ObjectNode set = values.addObject();
                set.put("name", name);
                set.putObject("uiDefinition").put("displayName", name).put("description", name);
                set.putObject("parameters").putObject(name).put("type", "securestring");
              }
              edit.accept(sets);
            });
  }

  /** OAuth settings spelled in another case than the documentation's. */
  private static ConnectorFixture otherCase() {
    return OAuthFixture.oauth2()
        .properties(
            p -> {
              ObjectNode token = p.withObject(TOKEN);
              token.put("type", "oAuthSetting");
              token.set("oauthSettings", token.remove("oAuthSettings"));
              ObjectNode custom = token.withObject("/oauthSettings/customParameters");
              custom.set("AuthorizationUrl", custom.remove("authorizationUrl"));
            });
  }

  private static ConnectorFixture scriptOperations() {
    return ConnectorFixture.named("Contoso")
        .properties(
            p ->
                p.withObject("/properties")
                    .putArray("scriptOperations")
                    .add("GetTask")
                    .add("postCall"));
  }

  @Override
  public List<RuleCases> ruleCases() {
    return List.of(
        RuleCases.of(OAuthRedirectModeNotGlobalPerConnector.class)
            .valid("GlobalPerConnector", OAuthFixture.oauth2())
            .invalid(
                "Global",
                settings(s -> s.put("redirectMode", "Global")),
                inProperties(
                    SETTINGS + "/redirectMode",
                    "redirectMode is \"Global\"; it must be \"GlobalPerConnector\""))
            .output(
                ConnectorFixture.PROPERTIES,
                "-                    \"redirectMode\" : \"Global\",",
                "+                    \"redirectMode\" : \"GlobalPerConnector\",")
            .invalid(
                "no redirectMode",
                settings(s -> s.remove("redirectMode")),
                inProperties(
                    SETTINGS,
                    "OAuth parameter \"token\" has no redirectMode; set GlobalPerConnector"))
            .output(
                ConnectorFixture.PROPERTIES,
                "+                    \"redirectMode\" : \"GlobalPerConnector\",")
            .invalid(
                "no redirectMode, the settings on one line",
                OneLine.at(
                    settings(s -> s.remove("redirectMode")), ConnectorFixture.PROPERTIES, SETTINGS),
                inProperties(
                    SETTINGS,
                    "OAuth parameter \"token\" has no redirectMode; set GlobalPerConnector"))
            .output(
                ConnectorFixture.PROPERTIES,
                "-                \"oAuthSettings\" : {\"identityProvider\":\"oauth2\",\"clientId\":\"[[DUMMY]]\",\"scopes\":[\"tasks.read\"],\"redirectUrl\":\"https://global.consent.azure-apim.net/redirect\",\"customParameters\":{\"authorizationUrl\":{\"value\":\"https://login.contoso.com/authorize\"},\"tokenUrl\":{\"value\":\"https://login.contoso.com/token\"},\"refreshUrl\":{\"value\":\"https://login.contoso.com/token\"}}},",
                "+                \"oAuthSettings\" : {\"redirectMode\":\"GlobalPerConnector\",\"identityProvider\":\"oauth2\",\"clientId\":\"[[DUMMY]]\",\"scopes\":[\"tasks.read\"],\"redirectUrl\":\"https://global.consent.azure-apim.net/redirect\",\"customParameters\":{\"authorizationUrl\":{\"value\":\"https://login.contoso.com/authorize\"},\"tokenUrl\":{\"value\":\"https://login.contoso.com/token\"},\"refreshUrl\":{\"value\":\"https://login.contoso.com/token\"}}},")
            .invalid(
                "Direct in a parameter set",
                OAuthFixture.oauth2()
                    .properties(
                        p -> {
                          ObjectNode token =
                              (ObjectNode)
                                  p.withObject("/properties/connectionParameters").remove("token");
                          ((ObjectNode) token.get("oAuthSettings")).put("redirectMode", "Direct");
                          p.withObject(SETS)
                              .withArray("values")
                              .addObject()
                              .putObject("parameters")
                              .set("token", token);
                        }),
                inProperties(
                    SETS + "/values/0/parameters/token/oAuthSettings/redirectMode",
                    "redirectMode is \"Direct\"; it must be \"GlobalPerConnector\""))
            .output(
                ConnectorFixture.PROPERTIES,
                "-                                \"redirectMode\" : \"Direct\",",
                "+                                \"redirectMode\" : \"GlobalPerConnector\",")
            // The dev tip's schema lists Global and Direct only: fixed, the file would break it.
            .repository(
                path ->
                    path.equals(ApiPropertiesSchema.SCHEMA_PATH)
                        ? Optional.of(
                            "{\"properties\": {\"redirectMode\": {\"enum\": [\"Global\", \"Direct\"]}}}"
                                .getBytes(StandardCharsets.UTF_8))
                        : Optional.empty())
            .invalid(
                "Global where the repository's schema has no GlobalPerConnector: no fix",
                settings(s -> s.put("redirectMode", "Global")),
                inProperties(
                    SETTINGS + "/redirectMode",
                    "redirectMode is \"Global\"; it must be \"GlobalPerConnector\"")),
        RuleCases.of(OAuthSettingsIncomplete.class)
            .valid("oauth2 with its URLs", OAuthFixture.oauth2())
            .valid("oauth2generic with its URL templates", OAuthFixture.oauth2Generic())
            .valid("the platform reads property names without regard to case", otherCase())
            .invalid(
                "oauth2 without a token URL",
                settings(s -> s.withObject("/customParameters").remove("tokenUrl")),
                inProperties(
                    SETTINGS + "/customParameters",
                    "OAuth parameter \"token\" (oauth2) has no customParameters.tokenUrl.value"))
            .invalid(
                "no identityProvider",
                settings(s -> s.remove("identityProvider")),
                inProperties(SETTINGS, "OAuth parameter \"token\" has no identityProvider"))
            .invalid(
                "aad without a resource",
                settings(s -> s.put("identityProvider", "aad")),
                inProperties(
                    SETTINGS + "/customParameters",
                    "OAuth parameter \"token\" (aad) has no customParameters.resourceUri.value"))
            .invalid(
                "no oAuthSettings",
                OAuthFixture.oauth2().properties(p -> p.withObject(TOKEN).remove("oAuthSettings")),
                inProperties(TOKEN, "OAuth parameter \"token\" has no oAuthSettings object"))
            .invalid(
                "findings point at the names as the file spells them",
                otherCase()
                    .properties(
                        p ->
                            p.withObject(TOKEN + "/oauthSettings/customParameters")
                                .remove("refreshUrl")),
                inProperties(
                    TOKEN + "/oauthSettings/customParameters",
                    "OAuth parameter \"token\" (oauth2) has no customParameters.refreshUrl.value")),
        RuleCases.of(ConnectionParameterSetsNotValid.class)
            .valid("two complete sets", sets(s -> {}))
            .valid(
                "the platform reads property names without regard to case",
                sets(
                    s -> {
                      ObjectNode ui = (ObjectNode) s.get("uiDefinition");
                      ui.set("displayname", ui.remove("displayName"));
                    }))
            .invalid(
                "no displayName, a name used twice, a set without parameters",
                sets(
                    s -> {
                      ((ObjectNode) s.get("uiDefinition")).remove("displayName");
                      ArrayNode values = (ArrayNode) s.get("values");
                      ((ObjectNode) values.get(1)).put("name", "apiKey");
                      ((ObjectNode) values.get(1)).putObject("parameters");
                    }),
                inProperties(
                    SETS + "/uiDefinition",
                    "/properties/connectionParameterSets/uiDefinition has no displayName"),
                inProperties(
                    SETS + "/values/1/name", "parameter set name \"apiKey\" is used by values/0"),
                inProperties(SETS + "/values/1", "parameter set \"apiKey\" has no parameters"))
            .invalid(
                "an empty values array",
                sets(s -> s.putArray("values")),
                inProperties(SETS, "connectionParameterSets has no values")),
        RuleCases.of(PolicyTemplateInstanceNotValid.class)
            .valid("templateId, title and parameters", operationPolicy(parameters -> {}))
            .invalid(
                "no templateId, parameters not an object",
                policy(i -> i.put("title", "Host").put("parameters", "x")),
                inProperties(POLICY, "policy template instance has no templateId"),
                inProperties(POLICY, "policy template instance has no parameters object"))
            .invalid(
                "a string instead of an object",
                ConnectorFixture.named("Contoso")
                    .properties(
                        p -> p.withArray("/properties/policyTemplateInstances").add("setheader")),
                inProperties(POLICY, "a policy template instance must be an object")),
        RuleCases.of(ConnectionParameterReferenceNotFound.class)
            .valid(
                "names are compared without regard to case",
                hostPolicy("https://@connectionParameters('Instance').contoso.com"))
            .invalid(
                "an undefined parameter",
                hostPolicy("https://@connectionParameters('region').contoso.com"),
                inProperties(
                    POLICY + "/parameters/x-ms-apimTemplateParameter.urlTemplate",
                    "@connectionParameters('region') names no connection parameter of this"
                        + " connector")),
        RuleCases.of(PolicyTemplateOperationNotFound.class)
            .valid(
                "an existing operation",
                operationPolicy(p -> p.putArray("x-ms-apimTemplate-operationName").add("GetTask")))
            .invalid(
                "a missing operation beside one in another case",
                operationPolicy(
                    p ->
                        p.putArray("x-ms-apimTemplate-operationName")
                            .add("gettask")
                            .add("ListTasks")),
                inProperties(
                    POLICY + "/parameters/x-ms-apimTemplate-operationName/1",
                    "policy \"Accept\" names the operation \"ListTasks\", which the definition does"
                        + " not have"))
            .invalid(
                "a single name instead of an array",
                operationPolicy(p -> p.put("x-ms-apimTemplate-operationName", "DeleteTask")),
                inProperties(
                    POLICY + "/parameters/x-ms-apimTemplate-operationName",
                    "policy \"Accept\" names the operation \"DeleteTask\", which the definition"
                        + " does not have")),
        RuleCases.of(ScriptOperationNotFound.class)
            .valid("no scriptOperations", ConnectorFixture.named("Contoso"))
            .valid(
                "no definition to look the operations up in",
                scriptOperations().without(ConnectorFixture.SWAGGER))
            .invalid(
                "an operation the definition lacks",
                scriptOperations(),
                inProperties(
                    "/properties/scriptOperations/1",
                    "scriptOperations names \"postCall\", which is not an operationId of the"
                        + " definition")));
  }
}
