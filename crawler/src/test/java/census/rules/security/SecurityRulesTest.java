package census.rules.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.rules.Finding;
import census.rules.Rule;
import census.testing.ConnectorFixture;
import census.testing.OAuthFixture;
import census.testing.RuleTester;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** securityDefinitions, security requirements, and their match with the connection parameters. */
class SecurityRulesTest {
  private static final String SCHEME = "/securityDefinitions/oauth2_auth";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<String> pointers(Class<? extends Rule> rule, ConnectorFixture fixture) {
    return RuleTester.check(rule, fixture).stream().map(Finding::jsonPointer).toList();
  }

  private static List<String> messages(Class<? extends Rule> rule, ConnectorFixture fixture) {
    return RuleTester.check(rule, fixture).stream().map(Finding::message).toList();
  }

  /** A connector signed in to with an API key sent in a header. */
  private static ConnectorFixture apiKey(Consumer<ObjectNode> editScheme) {
    return ConnectorFixture.named("Contoso")
        .swagger(
            s -> {
              ObjectNode scheme = s.withObject("/securityDefinitions").putObject("api_key");
              scheme.put("type", "apiKey").put("name", "X-Api-Key").put("in", "header");
              s.withArray("/security").addObject().putArray("api_key");
              editScheme.accept(scheme);
            })
        .properties(
            p ->
                p.withObject("/properties/connectionParameters/api_key")
                    .put("type", "securestring")
                    .putObject("uiDefinition")
                    .put("displayName", "API key")
                    .put("description", "Your Contoso API key."));
  }

  private static ConnectorFixture oauthScheme(Consumer<ObjectNode> editScheme) {
    return OAuthFixture.oauth2().swagger(s -> editScheme.accept(s.withObject(SCHEME)));
  }

  private static ConnectorFixture requirement(String json) {
    return apiKey(s -> {})
        .swagger(
            s -> {
              ArrayNode security = s.putArray("security");
              try {
                security.add(JSON.readTree(json));
              } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(json, e);
              }
            });
  }

  @Test
  void schemesHaveWhatTheirTypeRequires() {
    assertEquals(
        List.of("security definition \"api_key\" has no in"),
        messages(SecuritySchemePropertyRequired.class, apiKey(s -> s.remove("in"))));
    assertEquals(
        List.of("security definition \"oauth2_auth\" has no tokenUrl"),
        messages(SecuritySchemePropertyRequired.class, oauthScheme(s -> s.remove("tokenUrl"))));
    ConnectorFixture implicit =
        oauthScheme(
            s -> {
              s.put("flow", "implicit");
              s.remove("tokenUrl");
            });
    assertTrue(pointers(SecuritySchemePropertyRequired.class, implicit).isEmpty());
    assertEquals(
        List.of("/securityDefinitions/api_key"),
        pointers(SecuritySchemePropertyRequired.class, apiKey(s -> s.remove("type"))));
    assertTrue(pointers(SecuritySchemePropertyRequired.class, OAuthFixture.oauth2()).isEmpty());
  }

  @Test
  void schemesHoldOnlyTheirTypesProperties() {
    ConnectorFixture basicWithName =
        ConnectorFixture.named("Contoso")
            .swagger(
                s ->
                    s.withObject("/securityDefinitions/basic_auth")
                        .put("type", "basic")
                        .put("name", "Authorization")
                        .put("x-ms-summary", "fine"));
    assertEquals(
        List.of("security definition \"basic_auth\" of type basic cannot have name"),
        messages(SecuritySchemePropertyNotValid.class, basicWithName));
    assertEquals(
        List.of("/securityDefinitions/api_key/in"),
        pointers(SecuritySchemePropertyNotValid.class, apiKey(s -> s.put("in", "cookie"))));
    assertEquals(
        List.of(SCHEME + "/flow"),
        pointers(
            SecuritySchemePropertyNotValid.class,
            oauthScheme(s -> s.put("flow", "authorization_code"))));
    assertEquals(
        List.of(SCHEME + "/tokenUrl"),
        pointers(
            SecuritySchemePropertyNotValid.class, oauthScheme(s -> s.put("flow", "implicit"))));
    assertEquals(
        List.of(SCHEME + "/scopes"),
        pointers(SecuritySchemePropertyNotValid.class, oauthScheme(s -> s.putArray("scopes"))));
    assertEquals(
        List.of("/securityDefinitions/api_key/type"),
        pointers(SecuritySchemePropertyNotValid.class, apiKey(s -> s.put("type", "bearer"))));
    assertTrue(pointers(SecuritySchemePropertyNotValid.class, OAuthFixture.oauth2()).isEmpty());
    assertTrue(pointers(SecuritySchemePropertyNotValid.class, apiKey(s -> {})).isEmpty());
  }

  @Test
  void requirementsNameDefinedSchemes() {
    assertEquals(
        List.of("security requirement names \"apiKey\", which securityDefinitions does not define"),
        messages(SecurityRequirementMustBeDefined.class, requirement("{\"apiKey\": []}")));
    ConnectorFixture onOperation =
        apiKey(s -> {})
            .swagger(
                s ->
                    s.withObject("/paths/~1tasks~1{taskId}/get")
                        .putArray("security")
                        .addObject()
                        .putArray("token"));
    assertEquals(
        List.of("/paths/~1tasks~1{taskId}/get/security/0/token"),
        pointers(SecurityRequirementMustBeDefined.class, onOperation));
    assertTrue(pointers(SecurityRequirementMustBeDefined.class, apiKey(s -> {})).isEmpty());
  }

  @Test
  void requirementsAreArrays() {
    assertEquals(
        List.of("/security/0/api_key"),
        pointers(SecurityRequirementMustHaveValue.class, requirement("{\"api_key\": null}")));
    assertTrue(pointers(SecurityRequirementMustHaveValue.class, apiKey(s -> {})).isEmpty());
  }

  @Test
  void scopelessRequirementsAreEmpty() {
    assertEquals(
        List.of("security requirement \"api_key\" (apiKey) lists [\"read\"]; it must be []"),
        messages(
            SecurityRequirementMustHaveEmptyValue.class, requirement("{\"api_key\": [\"read\"]}")));
    assertTrue(pointers(SecurityRequirementMustHaveEmptyValue.class, apiKey(s -> {})).isEmpty());
    assertTrue(
        pointers(SecurityRequirementMustHaveEmptyValue.class, OAuthFixture.oauth2()).isEmpty(),
        "OAuth 2.0 requirements list scopes");
  }

  @Test
  void oauthRequirementsListDeclaredScopes() {
    ConnectorFixture joined =
        OAuthFixture.oauth2()
            .swagger(
                s ->
                    s.withArray("/security")
                        .set(
                            0,
                            s.objectNode()
                                .set("oauth2_auth", s.arrayNode().add("tasks.read tasks.write"))));
    assertEquals(
        List.of(
            "scope \"tasks.read tasks.write\" is not declared in the scopes of \"oauth2_auth\""),
        messages(OAuthSecurityRequirementValueMustBeScopeName.class, joined));
    assertEquals(
        List.of("/security/0/oauth2_auth/0"),
        pointers(OAuthSecurityRequirementValueMustBeScopeName.class, joined));
    assertTrue(
        pointers(OAuthSecurityRequirementValueMustBeScopeName.class, OAuthFixture.oauth2())
            .isEmpty());
  }

  @Test
  void everySchemeHasItsConnectionParameter() {
    ConnectorFixture noKey =
        apiKey(s -> {})
            .properties(p -> p.withObject("/properties").putObject("connectionParameters"));
    assertEquals(
        List.of(
            "security definition \"api_key\" (apiKey) has no string or securestring connection"
                + " parameter for the key in apiProperties.json"),
        messages(SecurityDefinitionWithoutConnectionParameter.class, noKey));
    ConnectorFixture noToken =
        OAuthFixture.oauth2()
            .properties(p -> p.withObject("/properties").putObject("connectionParameters"));
    assertEquals(
        List.of(SCHEME), pointers(SecurityDefinitionWithoutConnectionParameter.class, noToken));
    ConnectorFixture basic =
        ConnectorFixture.named("Contoso")
            .swagger(s -> s.withObject("/securityDefinitions/basic_auth").put("type", "basic"))
            .properties(
                p -> {
                  p.withObject("/properties/connectionParameters/userName").put("type", "string");
                  p.withObject("/properties/connectionParameters/password")
                      .put("type", "securestring");
                });
    assertTrue(pointers(SecurityDefinitionWithoutConnectionParameter.class, basic).isEmpty());
    ConnectorFixture basicNoPassword =
        basic.properties(p -> p.withObject("/properties/connectionParameters").remove("password"));
    assertEquals(
        List.of("/securityDefinitions/basic_auth"),
        pointers(SecurityDefinitionWithoutConnectionParameter.class, basicNoPassword));
    assertTrue(
        pointers(SecurityDefinitionWithoutConnectionParameter.class, apiKey(s -> {})).isEmpty());
    assertTrue(
        pointers(SecurityDefinitionWithoutConnectionParameter.class, OAuthFixture.oauth2())
            .isEmpty());
  }

  @Test
  void oauthParametersHaveAnOAuthScheme() {
    ConnectorFixture noScheme =
        OAuthFixture.oauth2()
            .swagger(
                s -> {
                  s.putObject("securityDefinitions");
                  s.putArray("security");
                });
    assertEquals(
        List.of("/properties/connectionParameters/token"),
        pointers(ConnectionParameterWithoutSecurityDefinition.class, noScheme));
    assertTrue(
        pointers(ConnectionParameterWithoutSecurityDefinition.class, OAuthFixture.oauth2())
            .isEmpty());
    assertTrue(
        pointers(
                ConnectionParameterWithoutSecurityDefinition.class,
                ConnectorFixture.named("Contoso"))
            .isEmpty());
  }
}
