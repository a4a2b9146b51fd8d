package census.rules;

import static census.testing.RuleCases.Expected.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import census.model.ConnectorKind;
import census.rules.info.ConnectorMetadataPropertiesMissing;
import census.rules.info.ContactDetailsMissing;
import census.rules.info.ContactInfoMissing;
import census.rules.info.FieldLengthExceeded;
import census.rules.info.FieldLengthNotInRange;
import census.rules.info.ValueContainsRestrictedWords;
import census.rules.operations.DefaultResponseHasSchema;
import census.rules.operations.HttpSchemeBesideHttps;
import census.rules.operations.HttpsOnly;
import census.rules.operations.OperationIdNotPascalCase;
import census.rules.operations.PathParameterMustBeRequired;
import census.rules.operations.SchemesMissing;
import census.rules.properties.IndependentPublisherBrandColor;
import census.testing.ConnectorFixture;
import census.testing.OneLine;
import census.testing.RuleCaseSource;
import census.testing.RuleCases;
import census.testing.RuleTester;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The first rules of the skeleton: their valid and invalid cases, and a finding's line. */
class CoreRulesTest implements RuleCaseSource {
  private static final String GET = "/paths/~1tasks~1{taskId}/get";
  private static final String SWAGGER = ConnectorFixture.SWAGGER;

  private static ConnectorFixture contoso(Consumer<ObjectNode> edit) {
    return ConnectorFixture.named("Contoso").swagger(edit);
  }

  private static ConnectorFixture contoso() {
    return ConnectorFixture.named("Contoso");
  }

  private static ConnectorFixture schemes(String... schemes) {
    return contoso(
        s -> {
          ArrayNode list = s.putArray("schemes");
          for (String scheme : schemes) {
            list.add(scheme);
          }
        });
  }

  private static ConnectorFixture brandColor(String color) {
    return contoso()
        .properties(p -> p.withObjectProperty("properties").put("iconBrandColor", color));
  }

  @Test
  void aFindingCarriesTheLineOfItsPointer() {
    List<Finding> found =
        RuleTester.check(
            FieldLengthExceeded.class,
            ConnectorFixture.named("A Title That Is Much Too Long For The Gallery"));
    assertEquals(1, found.size());
    assertEquals(4, found.get(0).line(), "title is on line 4 of the pretty-printed fixture");
  }

  @Override
  public List<RuleCases> ruleCases() {
    return List.of(
        RuleCases.of(FieldLengthExceeded.class)
            .valid("a short title", contoso())
            .invalid(
                "a title longer than thirty characters",
                ConnectorFixture.named("A Title That Is Much Too Long For The Gallery"),
                at("/info/title", "title is 45 characters; the limit is 30")),
        RuleCases.of(ValueContainsRestrictedWords.class)
            .valid("API inside another word", ConnectorFixture.named("Rapid Connectivity"))
            // The fixture's description repeats the title; "Api" there is no longer this rule's.
            .invalid(
                "the words Api and Connector in the title, any case",
                ConnectorFixture.named("Contoso Api Connector"),
                at("/info/title", "title contains the restricted word \"Api\""),
                at("/info/title", "title contains the restricted word \"Connector\"")),
        RuleCases.of(IndependentPublisherBrandColor.class)
            .valid("a certified connector's own colour", brandColor("#007ee5"))
            .kind(ConnectorKind.INDEPENDENT_PUBLISHER)
            .valid("an independent publisher's orange", brandColor("#da3b01"))
            .invalid(
                "an independent publisher's own colour",
                brandColor("#007ee5"),
                RuleCases.Expected.in(
                    ConnectorFixture.PROPERTIES,
                    "/properties/iconBrandColor",
                    "iconBrandColor is #007ee5; it must be #da3b01")),
        RuleCases.of(ContactDetailsMissing.class)
            .valid("name, URL and email", contoso())
            .invalid(
                "no email",
                contoso(s -> ((ObjectNode) s.at("/info/contact")).remove("email")),
                at("/info/contact", "info.contact.email is missing or empty")),
        RuleCases.of(ContactInfoMissing.class)
            .valid(
                "a contact without email is ContactDetailsMissing's",
                contoso(s -> ((ObjectNode) s.at("/info/contact")).remove("email")))
            .invalid(
                "no contact",
                contoso(s -> s.withObjectProperty("info").remove("contact")),
                at("/info", "info.contact is missing")),
        RuleCases.of(ConnectorMetadataPropertiesMissing.class)
            .valid("website, privacy policy and categories", contoso())
            .invalid(
                "no categories",
                contoso(s -> ((ArrayNode) s.get("x-ms-connector-metadata")).remove(2)),
                at("/x-ms-connector-metadata", "x-ms-connector-metadata lacks \"Categories\"")),
        RuleCases.of(FieldLengthNotInRange.class)
            .valid("a description of 30 to 500 characters", contoso())
            .invalid(
                "a description of 6 characters",
                contoso(s -> s.withObjectProperty("info").put("description", "Tasks.")),
                at("/info/description", "description is 6 characters; it must be 30 to 500")),
        RuleCases.of(DefaultResponseHasSchema.class)
            .valid(
                "a default response without schema",
                contoso(
                    s ->
                        s.withObject(GET + "/responses")
                            .putObject("default")
                            .put("description", "Error")))
            .invalid(
                "a default response with a schema",
                contoso(
                    s ->
                        s.withObject(GET + "/responses")
                            .putObject("default")
                            .put("description", "Error")
                            .putObject("schema")
                            .put("type", "object")),
                at(GET + "/responses/default/schema", "the default response has a schema"))
            .output(
                SWAGGER,
                "-                        \"description\" : \"Error\",",
                "-                        \"schema\" : {",
                "-                            \"type\" : \"object\"",
                "-                        }",
                "+                        \"description\" : \"Error\"")
            .invalid(
                "a default response written on one line",
                OneLine.at(
                    contoso(
                        s ->
                            s.withObject(GET + "/responses")
                                .putObject("default")
                                .put("description", "Error")
                                .putObject("schema")
                                .put("type", "object")),
                    SWAGGER,
                    GET + "/responses/default"),
                at(GET + "/responses/default/schema", "the default response has a schema"))
            .output(
                SWAGGER,
                "-                    \"default\" : {\"description\":\"Error\",\"schema\":{\"type\":\"object\"}}",
                "+                    \"default\" : {\"description\":\"Error\"}")
            .invalid(
                "a shared default response, each operation's 200 with a schema",
                contoso(
                    s -> {
                      s.withObject("/responses/Error")
                          .put("description", "Error")
                          .putObject("schema")
                          .put("type", "object");
                      s.withObject(GET + "/responses")
                          .putObject("default")
                          .put("$ref", "#/responses/Error");
                    }),
                at(GET + "/responses/default/schema", "the default response has a schema"))
            .output(
                SWAGGER,
                "-            \"description\" : \"Error\",",
                "-            \"schema\" : {",
                "-                \"type\" : \"object\"",
                "-            }",
                "+            \"description\" : \"Error\"")
            .invalid(
                "no 2xx response has a schema: the default's may be the outputs, no fix",
                contoso(
                    s -> {
                      ((ObjectNode) s.at(GET + "/responses/200")).remove("schema");
                      s.withObject(GET + "/responses")
                          .putObject("default")
                          .put("description", "Task")
                          .putObject("schema")
                          .put("type", "object");
                    }),
                at(GET + "/responses/default/schema", "the default response has a schema")),
        RuleCases.of(PathParameterMustBeRequired.class)
            .valid("a required path parameter", contoso())
            .invalid(
                "a path parameter that is not required",
                contoso(s -> s.withObject(GET + "/parameters/0").put("required", false)),
                at(GET + "/parameters/0", "path parameter \"taskId\" is not required")),
        RuleCases.of(OperationIdNotPascalCase.class)
            .valid("PascalCase", contoso())
            .invalid(
                "snake case",
                contoso(s -> s.withObject(GET).put("operationId", "get_task")),
                at(GET + "/operationId", "operationId \"get_task\" is not PascalCase")),
        RuleCases.of(HttpsOnly.class)
            .valid("https", contoso())
            .valid("http beside https is HttpSchemeBesideHttps'", schemes("https", "http"))
            .valid("no schemes is SchemesMissing'", contoso(s -> s.remove("schemes")))
            .invalid(
                "http only",
                schemes("http"),
                at("/schemes", "schemes offer no https, only [\"http\"]")),
        RuleCases.of(HttpSchemeBesideHttps.class)
            .valid("https", contoso())
            .valid("http only is HttpsOnly's", schemes("http"))
            .invalid(
                "http beside https",
                schemes("https", "http"),
                at("/schemes/1", "scheme \"http\" beside https"))
            .output(SWAGGER, "-        \"https\",", "-        \"http\"", "+        \"https\"")
            .invalid(
                "http beside https on one line",
                OneLine.at(schemes("https", "http"), SWAGGER, "/schemes"),
                at("/schemes/1", "scheme \"http\" beside https"))
            .output(
                SWAGGER,
                "-    \"schemes\" : [\"https\",\"http\"],",
                "+    \"schemes\" : [\"https\"],")
            .invalid(
                "http before https: removing it would move calls to https, no fix",
                schemes("http", "https"),
                at("/schemes/0", "scheme \"http\" beside https"))
            .invalid(
                "wss beside https: not http, no fix",
                schemes("https", "wss"),
                at("/schemes/1", "scheme \"wss\" beside https")),
        RuleCases.of(SchemesMissing.class)
            .valid("https", contoso())
            .valid("http beside https", schemes("https", "http"))
            .invalid(
                "no schemes",
                contoso(s -> s.remove("schemes")),
                at("", "schemes is missing; it should be [\"https\"]")));
  }
}
