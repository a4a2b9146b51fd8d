package census.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.model.ConnectorKind;
import census.rules.info.ConnectorMetadataPropertiesMissing;
import census.rules.info.ContactDetailsMissing;
import census.rules.info.ContactInfoMissing;
import census.rules.info.FieldLengthExceeded;
import census.rules.info.FieldLengthNotInRange;
import census.rules.info.ValueContainsRestrictedWords;
import census.rules.operations.DefaultResponseHasSchema;
import census.rules.operations.HttpsOnly;
import census.rules.operations.OperationIdNotPascalCase;
import census.rules.operations.PathParameterMissingEncoding;
import census.rules.operations.PathParameterMustBeRequired;
import census.rules.properties.IndependentPublisherBrandColor;
import census.testing.ConnectorFixture;
import census.testing.RuleTester;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fires and stays quiet, for the first rules of the skeleton. */
class CoreRulesTest {
  @Test
  void titleLongerThanThirtyCharactersFiresWithLineAndPointer() {
    List<Finding> found =
        RuleTester.check(
            FieldLengthExceeded.class,
            ConnectorFixture.named("A Title That Is Much Too Long For The Gallery"));
    assertEquals(1, found.size());
    Finding f = found.get(0);
    assertEquals("/info/title", f.jsonPointer());
    assertEquals(4, f.line(), "title is on line 4 of the pretty-printed fixture");
    assertTrue(
        RuleTester.check(FieldLengthExceeded.class, ConnectorFixture.named("Contoso")).isEmpty());
  }

  @Test
  void restrictedWordsAreWholeWordsAnyCase() {
    List<Finding> found =
        RuleTester.check(
            ValueContainsRestrictedWords.class, ConnectorFixture.named("Contoso Api Connector"));
    // The fixture's description repeats the title; "Api" there is no longer this rule's.
    assertEquals(
        List.of("/info/title", "/info/title"), found.stream().map(Finding::jsonPointer).toList());
    assertTrue(
        RuleTester.check(
                ValueContainsRestrictedWords.class, ConnectorFixture.named("Rapid Connectivity"))
            .isEmpty(),
        "API inside another word is not the word API");
  }

  @Test
  void brandColorAppliesToIndependentPublishersOnly() {
    ConnectorFixture blue =
        ConnectorFixture.named("Contoso")
            .properties(p -> p.withObjectProperty("properties").put("iconBrandColor", "#007ee5"));
    assertEquals(
        1,
        RuleTester.check(
                IndependentPublisherBrandColor.class, blue, ConnectorKind.INDEPENDENT_PUBLISHER)
            .size());
    assertTrue(
        RuleTester.check(IndependentPublisherBrandColor.class, blue, ConnectorKind.CERTIFIED)
            .isEmpty());
  }

  @Test
  void pathParameterWithoutSingleEncodingFires() {
    ConnectorFixture fixture =
        ConnectorFixture.named("Contoso")
            .swagger(
                s ->
                    ((com.fasterxml.jackson.databind.node.ObjectNode)
                            s.at("/paths/~1tasks~1{taskId}/get/parameters/0"))
                        .remove("x-ms-url-encoding"));
    List<Finding> found = RuleTester.check(PathParameterMissingEncoding.class, fixture);
    assertEquals(1, found.size());
    assertEquals("/paths/~1tasks~1{taskId}/get/parameters/0", found.get(0).jsonPointer());
  }

  private static final String GET = "/paths/~1tasks~1{taskId}/get";

  @Test
  void contactInfoNeedsNameUrlAndEmail() {
    ConnectorFixture noEmail =
        ConnectorFixture.named("Contoso")
            .swagger(s -> ((ObjectNode) s.at("/info/contact")).remove("email"));
    assertEquals(
        List.of("info.contact.email is missing or empty"),
        RuleTester.check(ContactDetailsMissing.class, noEmail).stream()
            .map(Finding::message)
            .toList());
    assertTrue(RuleTester.check(ContactInfoMissing.class, noEmail).isEmpty());
    assertTrue(
        RuleTester.check(ContactInfoMissing.class, ConnectorFixture.named("Contoso")).isEmpty());
  }

  @Test
  void connectorMetadataNeedsWebsitePrivacyPolicyAndCategories() {
    ConnectorFixture noCategories =
        ConnectorFixture.named("Contoso")
            .swagger(s -> ((ArrayNode) s.get("x-ms-connector-metadata")).remove(2));
    assertEquals(
        1, RuleTester.check(ConnectorMetadataPropertiesMissing.class, noCategories).size());
    assertTrue(
        RuleTester.check(
                ConnectorMetadataPropertiesMissing.class, ConnectorFixture.named("Contoso"))
            .isEmpty());
  }

  @Test
  void descriptionMustBe30To500Characters() {
    ConnectorFixture shortDescription =
        ConnectorFixture.named("Contoso")
            .swagger(s -> s.withObjectProperty("info").put("description", "Tasks."));
    assertEquals(
        List.of("/info/description"),
        RuleTester.check(FieldLengthNotInRange.class, shortDescription).stream()
            .map(Finding::jsonPointer)
            .toList());
    assertTrue(
        RuleTester.check(FieldLengthNotInRange.class, ConnectorFixture.named("Contoso")).isEmpty());
  }

  @Test
  void defaultResponseMustNotCarryASchema() {
    ConnectorFixture fixture =
        ConnectorFixture.named("Contoso")
            .swagger(
                s ->
                    ((ObjectNode) s.at(GET + "/responses"))
                        .putObject("default")
                        .put("description", "Error")
                        .putObject("schema")
                        .put("type", "object"));
    assertEquals(
        List.of(GET + "/responses/default/schema"),
        RuleTester.check(DefaultResponseHasSchema.class, fixture).stream()
            .map(Finding::jsonPointer)
            .toList());
    assertTrue(
        RuleTester.check(DefaultResponseHasSchema.class, ConnectorFixture.named("Contoso"))
            .isEmpty());
  }

  @Test
  void pathParametersMustBeRequired() {
    ConnectorFixture fixture =
        ConnectorFixture.named("Contoso")
            .swagger(s -> ((ObjectNode) s.at(GET + "/parameters/0")).put("required", false));
    assertEquals(1, RuleTester.check(PathParameterMustBeRequired.class, fixture).size());
    assertTrue(
        RuleTester.check(PathParameterMustBeRequired.class, ConnectorFixture.named("Contoso"))
            .isEmpty());
  }

  @Test
  void operationIdsArePascalCase() {
    ConnectorFixture fixture =
        ConnectorFixture.named("Contoso")
            .swagger(s -> ((ObjectNode) s.at(GET)).put("operationId", "get_task"));
    assertEquals(
        List.of(GET + "/operationId"),
        RuleTester.check(OperationIdNotPascalCase.class, fixture).stream()
            .map(Finding::jsonPointer)
            .toList());
    assertTrue(
        RuleTester.check(OperationIdNotPascalCase.class, ConnectorFixture.named("Contoso"))
            .isEmpty());
  }

  @Test
  void schemesMustBeHttpsOnly() {
    ConnectorFixture fixture =
        ConnectorFixture.named("Contoso").swagger(s -> s.withArray("schemes").add("http"));
    assertEquals(
        List.of("/schemes/1"),
        RuleTester.check(HttpsOnly.class, fixture).stream().map(Finding::jsonPointer).toList());
    assertTrue(RuleTester.check(HttpsOnly.class, ConnectorFixture.named("Contoso")).isEmpty());
  }
}
