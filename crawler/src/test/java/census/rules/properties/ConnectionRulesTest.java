package census.rules.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.rules.Finding;
import census.rules.Rule;
import census.testing.ConnectorFixture;
import census.testing.OAuthFixture;
import census.testing.RuleTester;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The rules on connection parameters, OAuth settings, policy templates and script operations. */
class ConnectionRulesTest {
  private static final String TOKEN = "/properties/connectionParameters/token";
  private static final String SETTINGS = TOKEN + "/oAuthSettings";

  private static List<String> pointers(Class<? extends Rule> rule, ConnectorFixture fixture) {
    return RuleTester.check(rule, fixture).stream().map(Finding::jsonPointer).toList();
  }

  private static List<String> messages(Class<? extends Rule> rule, ConnectorFixture fixture) {
    return RuleTester.check(rule, fixture).stream().map(Finding::message).toList();
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

  private static ConnectorFixture sets(Consumer<ObjectNode> edit) {
    return ConnectorFixture.named("Contoso")
        .properties(
            p -> {
              ObjectNode sets = p.withObject("/properties/connectionParameterSets");
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

  @Test
  void oauthRedirectModeIsGlobalPerConnector() {
    assertEquals(
        List.of("redirectMode is \"Global\"; it must be \"GlobalPerConnector\""),
        messages(
            OAuthRedirectModeNotGlobalPerConnector.class,
            settings(s -> s.put("redirectMode", "Global"))));
    assertEquals(
        List.of(SETTINGS),
        pointers(
            OAuthRedirectModeNotGlobalPerConnector.class, settings(s -> s.remove("redirectMode"))));
    ConnectorFixture inASet =
        OAuthFixture.oauth2()
            .properties(
                p -> {
                  ObjectNode token =
                      (ObjectNode) p.withObject("/properties/connectionParameters").remove("token");
                  ((ObjectNode) token.get("oAuthSettings")).put("redirectMode", "Direct");
                  ObjectNode set =
                      p.withObject("/properties/connectionParameterSets")
                          .withArray("values")
                          .addObject();
                  set.putObject("parameters").set("token", token);
                });
    assertEquals(
        List.of(
            "/properties/connectionParameterSets/values/0/parameters/token/oAuthSettings/redirectMode"),
        pointers(OAuthRedirectModeNotGlobalPerConnector.class, inASet));
    assertTrue(
        pointers(OAuthRedirectModeNotGlobalPerConnector.class, OAuthFixture.oauth2()).isEmpty());
  }

  @Test
  void oauthSettingsHaveWhatTheProviderNeeds() {
    assertEquals(
        List.of("OAuth parameter \"token\" (oauth2) has no customParameters.tokenUrl.value"),
        messages(
            OAuthSettingsIncomplete.class,
            settings(s -> s.withObject("/customParameters").remove("tokenUrl"))));
    assertEquals(
        List.of("OAuth parameter \"token\" has no identityProvider"),
        messages(OAuthSettingsIncomplete.class, settings(s -> s.remove("identityProvider"))));
    assertEquals(
        List.of("OAuth parameter \"token\" (aad) has no customParameters.resourceUri.value"),
        messages(OAuthSettingsIncomplete.class, settings(s -> s.put("identityProvider", "aad"))));
    ConnectorFixture noSettings =
        OAuthFixture.oauth2().properties(p -> p.withObject(TOKEN).remove("oAuthSettings"));
    assertEquals(List.of(TOKEN), pointers(OAuthSettingsIncomplete.class, noSettings));
    assertTrue(pointers(OAuthSettingsIncomplete.class, OAuthFixture.oauth2()).isEmpty());
    ConnectorFixture otherCase =
        OAuthFixture.oauth2()
            .properties(
                p -> {
                  ObjectNode token = p.withObject(TOKEN);
                  token.put("type", "oAuthSetting");
                  token.set("oauthSettings", token.remove("oAuthSettings"));
                  ObjectNode custom = token.withObject("/oauthSettings/customParameters");
                  custom.set("AuthorizationUrl", custom.remove("authorizationUrl"));
                });
    assertTrue(
        pointers(OAuthSettingsIncomplete.class, otherCase).isEmpty(),
        "the platform reads property names without regard to case");
    assertEquals(
        List.of(TOKEN + "/oauthSettings/customParameters"),
        pointers(
            OAuthSettingsIncomplete.class,
            otherCase.properties(
                p -> p.withObject(TOKEN + "/oauthSettings/customParameters").remove("refreshUrl"))),
        "findings point at the names as the file spells them");
    assertTrue(pointers(OAuthSettingsIncomplete.class, OAuthFixture.oauth2Generic()).isEmpty());
  }

  @Test
  void parameterSetsAreComplete() {
    ConnectorFixture broken =
        sets(
            s -> {
              ((ObjectNode) s.get("uiDefinition")).remove("displayName");
              ArrayNode values = (ArrayNode) s.get("values");
              ((ObjectNode) values.get(1)).put("name", "apiKey");
              ((ObjectNode) values.get(1)).putObject("parameters");
            });
    assertEquals(
        List.of(
            "/properties/connectionParameterSets/uiDefinition has no displayName",
            "parameter set name \"apiKey\" is used by values/0",
            "parameter set \"apiKey\" has no parameters"),
        messages(ConnectionParameterSetsNotValid.class, broken));
    assertEquals(
        List.of("/properties/connectionParameterSets"),
        pointers(ConnectionParameterSetsNotValid.class, sets(s -> s.putArray("values"))));
    assertTrue(pointers(ConnectionParameterSetsNotValid.class, sets(s -> {})).isEmpty());
    ConnectorFixture lowerCase =
        sets(
            s -> {
              ObjectNode ui = (ObjectNode) s.get("uiDefinition");
              ui.set("displayname", ui.remove("displayName"));
            });
    assertTrue(
        pointers(ConnectionParameterSetsNotValid.class, lowerCase).isEmpty(),
        "the platform reads property names without regard to case");
    assertTrue(
        pointers(ConnectionParameterSetsNotValid.class, ConnectorFixture.named("Contoso"))
            .isEmpty());
  }

  @Test
  void policyTemplateInstancesAreComplete() {
    assertEquals(
        List.of(
            "policy template instance has no templateId",
            "policy template instance has no parameters object"),
        messages(
            PolicyTemplateInstanceNotValid.class,
            policy(i -> i.put("title", "Host").put("parameters", "x"))));
    ConnectorFixture notObject =
        ConnectorFixture.named("Contoso")
            .properties(p -> p.withArray("/properties/policyTemplateInstances").add("setheader"));
    assertEquals(
        List.of("/properties/policyTemplateInstances/0"),
        pointers(PolicyTemplateInstanceNotValid.class, notObject));
    ConnectorFixture good =
        policy(
            i -> i.put("templateId", "setheader").put("title", "Accept").putObject("parameters"));
    assertTrue(pointers(PolicyTemplateInstanceNotValid.class, good).isEmpty());
  }

  @Test
  void connectionParameterReferencesNameDefinedParameters() {
    String template =
        "/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplateParameter.urlTemplate";
    ConnectorFixture undefined =
        policy(
            i ->
                i.put("templateId", "dynamichosturl")
                    .put("title", "Host")
                    .putObject("parameters")
                    .put(
                        "x-ms-apimTemplateParameter.urlTemplate",
                        "https://@connectionParameters('region').contoso.com"));
    assertEquals(
        List.of("@connectionParameters('region') names no connection parameter of this connector"),
        messages(ConnectionParameterReferenceNotFound.class, undefined));
    assertEquals(
        List.of(template), pointers(ConnectionParameterReferenceNotFound.class, undefined));
    ConnectorFixture defined =
        policy(
            i ->
                i.put("templateId", "dynamichosturl")
                    .put("title", "Host")
                    .putObject("parameters")
                    .put(
                        "x-ms-apimTemplateParameter.urlTemplate",
                        "https://@connectionParameters('Instance').contoso.com"));
    assertTrue(
        pointers(ConnectionParameterReferenceNotFound.class, defined).isEmpty(),
        "names are compared without regard to case");
  }

  @Test
  void policyOperationsExist() {
    ConnectorFixture fixture =
        policy(
            i ->
                i.put("templateId", "setheader")
                    .put("title", "Accept")
                    .putObject("parameters")
                    .putArray("x-ms-apimTemplate-operationName")
                    .add("gettask")
                    .add("ListTasks"));
    assertEquals(
        List.of(
            "policy \"Accept\" names the operation \"ListTasks\", which the definition does not have"),
        messages(PolicyTemplateOperationNotFound.class, fixture));
    assertEquals(
        List.of(
            "/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplate-operationName/1"),
        pointers(PolicyTemplateOperationNotFound.class, fixture));
    ConnectorFixture single =
        policy(
            i ->
                i.put("templateId", "setheader")
                    .putObject("parameters")
                    .put("x-ms-apimTemplate-operationName", "DeleteTask"));
    assertEquals(1, pointers(PolicyTemplateOperationNotFound.class, single).size());
    ConnectorFixture existing =
        policy(
            i ->
                i.put("templateId", "setheader")
                    .putObject("parameters")
                    .putArray("x-ms-apimTemplate-operationName")
                    .add("GetTask"));
    assertTrue(pointers(PolicyTemplateOperationNotFound.class, existing).isEmpty());
  }

  @Test
  void scriptOperationsExist() {
    ConnectorFixture fixture =
        ConnectorFixture.named("Contoso")
            .properties(
                p ->
                    p.withObject("/properties")
                        .putArray("scriptOperations")
                        .add("GetTask")
                        .add("postCall"));
    assertEquals(
        List.of("/properties/scriptOperations/1"),
        pointers(ScriptOperationNotFound.class, fixture));
    ConnectorFixture noDefinition = fixture.without("apiDefinition.swagger.json");
    assertTrue(pointers(ScriptOperationNotFound.class, noDefinition).isEmpty());
    assertTrue(
        pointers(ScriptOperationNotFound.class, ConnectorFixture.named("Contoso")).isEmpty());
  }
}
