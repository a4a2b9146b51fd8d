package census.rules.info;

import static census.testing.RuleCases.Expected.at;

import census.testing.ConnectorFixture;
import census.testing.OneLine;
import census.testing.RuleCaseSource;
import census.testing.RuleCases;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;

/** The rules on x-ms-connector-metadata: required entries, their spelling, the categories. */
class ConnectorMetadataRulesTest implements RuleCaseSource {
  private static final String METADATA = "/x-ms-connector-metadata";
  private static final String SWAGGER = ConnectorFixture.SWAGGER;

  private static ConnectorFixture metadata(Consumer<ArrayNode> edit) {
    return ConnectorFixture.named("Contoso")
        .swagger(s -> edit.accept((ArrayNode) s.get("x-ms-connector-metadata")));
  }

  private static ConnectorFixture categories(String value) {
    return metadata(m -> ((ObjectNode) m.get(2)).put("propertyValue", value));
  }

  @Override
  public List<RuleCases> ruleCases() {
    return List.of(
        RuleCases.of(ConnectorMetadataPropertiesMissing.class)
            .valid("Website, Privacy policy and Categories", ConnectorFixture.named("Contoso"))
            .valid(
                "a misspelt name is ConnectorMetadataEntryNotValid's finding",
                metadata(m -> ((ObjectNode) m.get(1)).put("propertyName", "Privacy Policy")))
            .invalid(
                "no Categories",
                metadata(m -> m.remove(2)),
                at(METADATA, "x-ms-connector-metadata lacks \"Categories\""))
            .invalid(
                "a blank Website",
                metadata(m -> ((ObjectNode) m.get(0)).put("propertyValue", " ")),
                at(METADATA, "x-ms-connector-metadata lacks \"Website\""))
            .invalid(
                "no x-ms-connector-metadata",
                ConnectorFixture.named("Contoso").swagger(s -> s.remove("x-ms-connector-metadata")),
                at("", "x-ms-connector-metadata is missing"))
            .invalid(
                "an object instead of an array",
                ConnectorFixture.named("Contoso")
                    .swagger(s -> s.putObject("x-ms-connector-metadata")),
                at(METADATA, "x-ms-connector-metadata must be an array of entries")),
        RuleCases.of(ConnectorMetadataEntryNotValid.class)
            .valid("exactly spelled entries, each once", ConnectorFixture.named("Contoso"))
            .invalid(
                "a misspelt name, a repeated entry, a string and an entry without value",
                metadata(
                    m -> {
                      ((ObjectNode) m.get(1)).put("propertyName", "Privacy Policy");
                      m.addObject()
                          .put("propertyName", "Website")
                          .put("propertyValue", "https://a.com");
                      m.add("Website: https://contoso.com");
                      m.addObject().put("propertyName", "Terms");
                    }),
                at(METADATA + "/4", "entry must be an object with propertyName and propertyValue"),
                at(
                    METADATA + "/1/propertyName",
                    "propertyName \"Privacy Policy\" must be spelled \"Privacy policy\""),
                at(
                    METADATA + "/3",
                    "\"Website\" is given again; the first is at /x-ms-connector-metadata/0"),
                at(METADATA + "/5", "\"Terms\" has no propertyValue string"))
            .output(
                SWAGGER,
                "-            \"propertyName\" : \"Privacy Policy\",",
                "+            \"propertyName\" : \"Privacy policy\",")
            .invalid(
                "a name in other case and spacing, the entry on one line",
                OneLine.at(
                    metadata(m -> ((ObjectNode) m.get(0)).put("propertyName", " WebSite")),
                    SWAGGER,
                    METADATA + "/0"),
                at(
                    METADATA + "/0/propertyName",
                    "propertyName \" WebSite\" must be spelled \"Website\""))
            .output(
                SWAGGER,
                "-        {\"propertyName\":\" WebSite\",\"propertyValue\":\"https://example.com\"},",
                "+        {\"propertyName\":\"Website\",\"propertyValue\":\"https://example.com\"},"),
        RuleCases.of(InvalidConnectorCategory.class)
            .valid("two listed categories with a space", categories("AI; Sales and CRM"))
            .invalid(
                "a category not on the list",
                categories("Productivity;Gaming"),
                at(METADATA + "/2/propertyValue", "\"Gaming\" is not a connector category"))
            .invalid(
                "a category in the wrong case",
                categories("social media"),
                at(
                    METADATA + "/2/propertyValue",
                    "\"social media\" is not a connector category; write it as \"Social Media\""))
            .output(
                SWAGGER,
                "-            \"propertyValue\" : \"social media\"",
                "+            \"propertyValue\" : \"Social Media\"")
            .invalid(
                "two in the wrong case beside one not on the list, spaces kept",
                OneLine.at(categories(" ai;Gaming; data "), SWAGGER, METADATA + "/2"),
                at(
                    METADATA + "/2/propertyValue",
                    "\"ai\" is not a connector category; write it as \"AI\""),
                at(METADATA + "/2/propertyValue", "\"Gaming\" is not a connector category"),
                at(
                    METADATA + "/2/propertyValue",
                    "\"data\" is not a connector category; write it as \"Data\""))
            .output(
                SWAGGER,
                "-        {\"propertyName\":\"Categories\",\"propertyValue\":\" ai;Gaming; data \"}",
                "+        {\"propertyName\":\"Categories\",\"propertyValue\":\" AI;Gaming; Data \"}")
            .invalid(
                "categories separated by a comma",
                categories("AI,Data"),
                at(METADATA + "/2/propertyValue", "\"AI,Data\" is not a connector category")),
        RuleCases.of(TooManyConnectorCategories.class)
            .valid("empty entries are not counted", categories("AI; ;Data;"))
            .invalid(
                "three categories",
                categories("AI;Data;Finance"),
                at(
                    METADATA + "/2/propertyValue",
                    "3 categories are given; at most 2 are allowed")));
  }
}
