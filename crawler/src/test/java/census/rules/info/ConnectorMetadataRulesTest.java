package census.rules.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.rules.Finding;
import census.rules.Rule;
import census.testing.ConnectorFixture;
import census.testing.RuleTester;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The rules on x-ms-connector-metadata: required entries, their spelling, the categories. */
class ConnectorMetadataRulesTest {
  private static final ConnectorFixture CLEAN = ConnectorFixture.named("Contoso");

  private static List<String> pointers(Class<? extends Rule> rule, ConnectorFixture fixture) {
    return RuleTester.check(rule, fixture).stream().map(Finding::jsonPointer).toList();
  }

  private static List<String> messages(Class<? extends Rule> rule, ConnectorFixture fixture) {
    return RuleTester.check(rule, fixture).stream().map(Finding::message).toList();
  }

  private static ConnectorFixture metadata(Consumer<ArrayNode> edit) {
    return ConnectorFixture.named("Contoso")
        .swagger(s -> edit.accept((ArrayNode) s.get("x-ms-connector-metadata")));
  }

  private static ConnectorFixture categories(String value) {
    return metadata(m -> ((ObjectNode) m.get(2)).put("propertyValue", value));
  }

  @Test
  void websitePrivacyPolicyAndCategoriesAreRequired() {
    assertEquals(
        List.of("x-ms-connector-metadata lacks \"Categories\""),
        messages(ConnectorMetadataPropertiesMissing.class, metadata(m -> m.remove(2))));
    assertEquals(
        List.of("x-ms-connector-metadata lacks \"Website\""),
        messages(
            ConnectorMetadataPropertiesMissing.class,
            metadata(m -> ((ObjectNode) m.get(0)).put("propertyValue", " "))));
    ConnectorFixture none =
        ConnectorFixture.named("Contoso").swagger(s -> s.remove("x-ms-connector-metadata"));
    assertEquals(List.of(""), pointers(ConnectorMetadataPropertiesMissing.class, none));
    ConnectorFixture object =
        ConnectorFixture.named("Contoso").swagger(s -> s.putObject("x-ms-connector-metadata"));
    assertEquals(
        List.of("x-ms-connector-metadata must be an array of entries"),
        messages(ConnectorMetadataPropertiesMissing.class, object));
    ConnectorFixture capitalised =
        metadata(m -> ((ObjectNode) m.get(1)).put("propertyName", "Privacy Policy"));
    assertTrue(
        pointers(ConnectorMetadataPropertiesMissing.class, capitalised).isEmpty(),
        "a misspelt name is ConnectorMetadataEntryNotValid's finding");
    assertTrue(pointers(ConnectorMetadataPropertiesMissing.class, CLEAN).isEmpty());
  }

  @Test
  void entriesAreSpelledExactlyAndGivenOnce() {
    ConnectorFixture fixture =
        metadata(
            m -> {
              ((ObjectNode) m.get(1)).put("propertyName", "Privacy Policy");
              m.addObject().put("propertyName", "Website").put("propertyValue", "https://a.com");
              m.add("Website: https://contoso.com");
              m.addObject().put("propertyName", "Terms");
            });
    assertEquals(
        List.of(
            "entry must be an object with propertyName and propertyValue",
            "propertyName \"Privacy Policy\" must be spelled \"Privacy policy\"",
            "\"Website\" is given again; the first is at /x-ms-connector-metadata/0",
            "\"Terms\" has no propertyValue string"),
        messages(ConnectorMetadataEntryNotValid.class, fixture));
    assertEquals(
        "/x-ms-connector-metadata/1/propertyName",
        pointers(ConnectorMetadataEntryNotValid.class, fixture).get(1));
    assertTrue(pointers(ConnectorMetadataEntryNotValid.class, CLEAN).isEmpty());
  }

  @Test
  void categoriesComeFromTheCertificationList() {
    assertEquals(
        List.of("\"Gaming\" is not a connector category"),
        messages(InvalidConnectorCategory.class, categories("Productivity;Gaming")));
    assertEquals(
        List.of("\"social media\" is not a connector category; write it as \"Social Media\""),
        messages(InvalidConnectorCategory.class, categories("social media")));
    assertEquals(
        List.of("/x-ms-connector-metadata/2/propertyValue"),
        pointers(InvalidConnectorCategory.class, categories("AI,Data")));
    assertTrue(pointers(InvalidConnectorCategory.class, categories("AI; Sales and CRM")).isEmpty());
    assertTrue(pointers(InvalidConnectorCategory.class, CLEAN).isEmpty());
  }

  @Test
  void atMostTwoCategories() {
    assertEquals(
        List.of("3 categories are given; at most 2 are allowed"),
        messages(TooManyConnectorCategories.class, categories("AI;Data;Finance")));
    assertTrue(pointers(TooManyConnectorCategories.class, categories("AI; ;Data;")).isEmpty());
    assertTrue(pointers(TooManyConnectorCategories.class, CLEAN).isEmpty());
  }
}
