package census.rules.security;

import static census.testing.RuleCases.Expected.at;
import static census.testing.RuleCases.Expected.in;

import census.testing.ConnectorFixture;
import census.testing.OAuthFixture;
import census.testing.RuleCaseSource;
import census.testing.RuleCases;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;

/** securityDefinitions, security requirements, and their match with the connection parameters. */
class SecurityRulesTest implements RuleCaseSource {
  private static final String SCHEME = "/securityDefinitions/oauth2_auth";
  private static final ObjectMapper JSON = new ObjectMapper();

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

  private static ConnectorFixture basic() {
    return ConnectorFixture.named("Contoso")
        .swagger(s -> s.withObject("/securityDefinitions/basic_auth").put("type", "basic"))
        .properties(
            p -> {
              p.withObject("/properties/connectionParameters/userName").put("type", "string");
              p.withObject("/properties/connectionParameters/password").put("type", "securestring");
            });
  }

  @Override
  public List<RuleCases> ruleCases() {
    return List.of(
        RuleCases.of(SecuritySchemePropertyRequired.class)
            .valid("an OAuth 2.0 scheme", OAuthFixture.oauth2())
            .valid(
                "an implicit flow needs no tokenUrl",
                oauthScheme(
                    s -> {
                      s.put("flow", "implicit");
                      s.remove("tokenUrl");
                    }))
            .invalid(
                "an API key without in",
                apiKey(s -> s.remove("in")),
                at("/securityDefinitions/api_key", "security definition \"api_key\" has no in"))
            .invalid(
                "an access code flow without tokenUrl",
                oauthScheme(s -> s.remove("tokenUrl")),
                at(SCHEME, "security definition \"oauth2_auth\" has no tokenUrl"))
            .invalid(
                "a scheme without type",
                apiKey(s -> s.remove("type")),
                at("/securityDefinitions/api_key", "security definition \"api_key\" has no type")),
        RuleCases.of(SecuritySchemePropertyNotValid.class)
            .valid("an OAuth 2.0 scheme", OAuthFixture.oauth2())
            .valid("an API key", apiKey(s -> {}))
            .invalid(
                "basic with a name",
                ConnectorFixture.named("Contoso")
                    .swagger(
                        s ->
                            s.withObject("/securityDefinitions/basic_auth")
                                .put("type", "basic")
                                .put("name", "Authorization")
                                .put("x-ms-summary", "fine")),
                at(
                    "/securityDefinitions/basic_auth/name",
                    "security definition \"basic_auth\" of type basic cannot have name"))
            .invalid(
                "an API key in a cookie",
                apiKey(s -> s.put("in", "cookie")),
                at(
                    "/securityDefinitions/api_key/in",
                    "security definition \"api_key\": in is \"cookie\", not header or query"))
            .invalid(
                "an unknown flow",
                oauthScheme(s -> s.put("flow", "authorization_code")),
                at(
                    SCHEME + "/flow",
                    "security definition \"oauth2_auth\": flow \"authorization_code\" is not"
                        + " implicit, password, application or accessCode"))
            .invalid(
                "an implicit flow with a tokenUrl",
                oauthScheme(s -> s.put("flow", "implicit")),
                at(
                    SCHEME + "/tokenUrl",
                    "security definition \"oauth2_auth\": the implicit flow has no tokenUrl"))
            .invalid(
                "scopes as an array",
                oauthScheme(s -> s.putArray("scopes")),
                at(
                    SCHEME + "/scopes",
                    "security definition \"oauth2_auth\": scopes must be an object"))
            .invalid(
                "an unknown type",
                apiKey(s -> s.put("type", "bearer")),
                at(
                    "/securityDefinitions/api_key/type",
                    "security definition \"api_key\" has type \"bearer\"; use basic, apiKey or oauth2")),
        RuleCases.of(SecurityRequirementMustBeDefined.class)
            .valid("a requirement of a defined scheme", apiKey(s -> {}))
            .invalid(
                "a global requirement of an undefined scheme",
                requirement("{\"apiKey\": []}"),
                at(
                    "/security/0/apiKey",
                    "security requirement names \"apiKey\", which securityDefinitions does not"
                        + " define"))
            .invalid(
                "an operation's requirement of an undefined scheme",
                apiKey(s -> {})
                    .swagger(
                        s ->
                            s.withObject("/paths/~1tasks~1{taskId}/get")
                                .putArray("security")
                                .addObject()
                                .putArray("token")),
                at(
                    "/paths/~1tasks~1{taskId}/get/security/0/token",
                    "security requirement names \"token\", which securityDefinitions does not"
                        + " define")),
        RuleCases.of(SecurityRequirementMustHaveValue.class)
            .valid("a requirement with a list", apiKey(s -> {}))
            .invalid(
                "a requirement of null",
                requirement("{\"api_key\": null}"),
                at(
                    "/security/0/api_key",
                    "security requirement \"api_key\" is null; it must be an array, [] when there"
                        + " are no scopes")),
        RuleCases.of(SecurityRequirementMustHaveEmptyValue.class)
            .valid("an API key requirement with []", apiKey(s -> {}))
            .valid("OAuth 2.0 requirements list scopes", OAuthFixture.oauth2())
            .invalid(
                "an API key requirement with a scope",
                requirement("{\"api_key\": [\"read\"]}"),
                at(
                    "/security/0/api_key",
                    "security requirement \"api_key\" (apiKey) lists [\"read\"]; it must be []")),
        RuleCases.of(OAuthSecurityRequirementValueMustBeScopeName.class)
            .valid("declared scopes", OAuthFixture.oauth2())
            .invalid(
                "two scopes joined in one string",
                OAuthFixture.oauth2()
                    .swagger(
                        s ->
                            s.withArray("/security")
                                .set(
                                    0,
                                    s.objectNode()
                                        .set(
                                            "oauth2_auth",
                                            s.arrayNode().add("tasks.read tasks.write")))),
                at(
                    "/security/0/oauth2_auth/0",
                    "scope \"tasks.read tasks.write\" is not declared in the scopes of"
                        + " \"oauth2_auth\"")),
        RuleCases.of(SecurityDefinitionWithoutConnectionParameter.class)
            .valid("basic with user name and password", basic())
            .valid("an API key with its parameter", apiKey(s -> {}))
            .valid("OAuth 2.0 with its token parameter", OAuthFixture.oauth2())
            .invalid(
                "an API key without a parameter",
                apiKey(s -> {})
                    .properties(p -> p.withObject("/properties").putObject("connectionParameters")),
                at(
                    "/securityDefinitions/api_key",
                    "security definition \"api_key\" (apiKey) has no string or securestring"
                        + " connection parameter for the key in apiProperties.json"))
            .invalid(
                "OAuth 2.0 without a token parameter",
                OAuthFixture.oauth2()
                    .properties(p -> p.withObject("/properties").putObject("connectionParameters")),
                at(
                    SCHEME,
                    "security definition \"oauth2_auth\" (oauth2) has no oauthSetting connection"
                        + " parameter in apiProperties.json"))
            .invalid(
                "basic without a password",
                basic()
                    .properties(
                        p -> p.withObject("/properties/connectionParameters").remove("password")),
                at(
                    "/securityDefinitions/basic_auth",
                    "security definition \"basic_auth\" (basic) has no username and password"
                        + " connection parameters in apiProperties.json")),
        RuleCases.of(ConnectionParameterWithoutSecurityDefinition.class)
            .valid("OAuth 2.0 with its scheme", OAuthFixture.oauth2())
            .valid("no connection parameters", ConnectorFixture.named("Contoso"))
            .invalid(
                "an OAuth parameter without a scheme",
                OAuthFixture.oauth2()
                    .swagger(
                        s -> {
                          s.putObject("securityDefinitions");
                          s.putArray("security");
                        }),
                in(
                    ConnectorFixture.PROPERTIES,
                    "/properties/connectionParameters/token",
                    "OAuth parameter \"token\" has no oauth2 security definition in the API"
                        + " definition")));
  }
}
