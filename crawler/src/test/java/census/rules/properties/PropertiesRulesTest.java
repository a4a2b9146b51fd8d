package census.rules.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.model.ConnectorKind;
import census.rules.Finding;
import census.rules.Rule;
import census.testing.ConnectorFixture;
import census.testing.RuleTester;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The rules on apiProperties.json's own fields: brand colour, publisher, capabilities. */
class PropertiesRulesTest {
  private static final ConnectorFixture CLEAN = ConnectorFixture.named("Contoso");

  private static List<String> pointers(
      Class<? extends Rule> rule, ConnectorFixture fixture, ConnectorKind kind) {
    return RuleTester.check(rule, fixture, kind).stream().map(Finding::jsonPointer).toList();
  }

  private static List<String> pointers(Class<? extends Rule> rule, ConnectorFixture fixture) {
    return pointers(rule, fixture, ConnectorKind.CERTIFIED);
  }

  private static List<String> messages(Class<? extends Rule> rule, ConnectorFixture fixture) {
    return RuleTester.check(rule, fixture).stream().map(Finding::message).toList();
  }

  private static ConnectorFixture props(Consumer<ObjectNode> edit) {
    return ConnectorFixture.named("Contoso")
        .properties(p -> edit.accept(p.withObject("/properties")));
  }

  private static ConnectorFixture color(String color) {
    return props(p -> p.put("iconBrandColor", color));
  }

  @Test
  void brandColorIsAHexColour() {
    assertEquals(
        List.of("iconBrandColor is missing"),
        messages(IconBrandColorNotValid.class, props(p -> p.remove("iconBrandColor"))));
    assertEquals(
        List.of("/properties"),
        pointers(IconBrandColorNotValid.class, props(p -> p.remove("iconBrandColor"))));
    for (String bad : List.of("red", "#fff", "da3b01", "#da3b0g")) {
      assertEquals(
          List.of("/properties/iconBrandColor"),
          pointers(IconBrandColorNotValid.class, color(bad)),
          bad);
    }
    assertTrue(pointers(IconBrandColorNotValid.class, color("#DA3B01")).isEmpty());
    assertTrue(pointers(IconBrandColorNotValid.class, CLEAN).isEmpty());
  }

  @Test
  void independentPublishersUseTheirColourOnly() {
    assertEquals(
        List.of("/properties/iconBrandColor"),
        pointers(
            IndependentPublisherBrandColor.class,
            color("#0f6cbd"),
            ConnectorKind.INDEPENDENT_PUBLISHER));
    assertTrue(
        pointers(
                IndependentPublisherBrandColor.class,
                props(p -> p.remove("iconBrandColor")),
                ConnectorKind.INDEPENDENT_PUBLISHER)
            .isEmpty(),
        "a missing colour is IconBrandColorNotValid's");
    assertTrue(
        pointers(
                IndependentPublisherBrandColor.class,
                color("#DA3B01"),
                ConnectorKind.INDEPENDENT_PUBLISHER)
            .isEmpty());
  }

  @Test
  void certifiedIconsAreNeitherWhiteNorDefaultBlue() {
    assertEquals(
        List.of("iconBrandColor #FFFFFF is white; use the brand colour"),
        messages(IconBrandColorDefault.class, color("#FFFFFF")));
    assertEquals(
        List.of("/properties/iconBrandColor"),
        pointers(IconBrandColorDefault.class, color("#007ee5")));
    assertTrue(
        pointers(IconBrandColorDefault.class, color("#007ee5"), ConnectorKind.INDEPENDENT_PUBLISHER)
            .isEmpty(),
        "the icon rules of seed 003 do not apply to independent publishers");
    assertTrue(pointers(IconBrandColorDefault.class, color("#0f6cbd")).isEmpty());
  }

  @Test
  void publisherAndStackOwnerArePresent() {
    assertEquals(
        List.of("stackOwner is missing"),
        messages(PublisherPropertiesMissing.class, props(p -> p.remove("stackOwner"))));
    assertEquals(
        List.of("/properties/publisher"),
        pointers(PublisherPropertiesMissing.class, props(p -> p.put("publisher", " "))));
    assertTrue(pointers(PublisherPropertiesMissing.class, CLEAN).isEmpty());
  }

  @Test
  void publisherAndStackOwnerAreNames() {
    assertEquals(
        List.of("stackOwner \"https://swapi.dev/\" contains \":\"; it must be a plain name"),
        messages(
            PublisherNotAlphanumeric.class, props(p -> p.put("stackOwner", "https://swapi.dev/"))));
    for (String bad : List.of("Jane Doe | John Roe", "_____", "jane@contoso.com")) {
      assertEquals(
          List.of("/properties/publisher"),
          pointers(PublisherNotAlphanumeric.class, props(p -> p.put("publisher", bad))),
          bad);
    }
    for (String fine : List.of("Contoso, Inc. (Europe)", "Ærøskøbing ApS", "O'Neil & Sons")) {
      assertTrue(
          pointers(PublisherNotAlphanumeric.class, props(p -> p.put("publisher", fine))).isEmpty(),
          fine);
    }
  }

  @Test
  void independentPublisherDoesNotOwnTheService() {
    ConnectorFixture owner =
        props(
            p -> {
              p.put("publisher", "Contoso Ltd");
              p.put("stackOwner", "contoso ltd ");
            });
    assertEquals(
        List.of("/properties/stackOwner"),
        pointers(
            IndependentPublisherIsStackOwner.class, owner, ConnectorKind.INDEPENDENT_PUBLISHER));
    assertTrue(
        pointers(IndependentPublisherIsStackOwner.class, owner, ConnectorKind.CERTIFIED).isEmpty());
    assertTrue(
        pointers(IndependentPublisherIsStackOwner.class, CLEAN, ConnectorKind.INDEPENDENT_PUBLISHER)
            .isEmpty());
  }

  @Test
  void capabilitiesAreRecognisedValues() {
    ConnectorFixture fixture =
        props(
            p -> {
              ArrayNode capabilities = p.putArray("capabilities");
              capabilities.add("actions").add("Actions").add("cloud only").add("actions");
            });
    assertEquals(
        List.of(
            "capability \"Actions\" is not one of actions, triggers, gateway",
            "capability \"cloud only\" is not one of actions, triggers, gateway",
            "capability \"actions\" is listed twice"),
        messages(CapabilityNotRecognized.class, fixture));
    assertEquals(
        "/properties/capabilities/1", pointers(CapabilityNotRecognized.class, fixture).get(0));
    ConnectorFixture both = props(p -> p.putArray("capabilities").add("actions").add("triggers"));
    assertTrue(pointers(CapabilityNotRecognized.class, both).isEmpty());
    assertTrue(pointers(CapabilityNotRecognized.class, CLEAN).isEmpty());
  }
}
