package census.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.model.ConnectorKind;
import census.rules.info.FieldLengthExceeded;
import census.rules.info.ValueContainsRestrictedWords;
import census.rules.operations.PathParameterMissingEncoding;
import census.rules.properties.IndependentPublisherBrandColor;
import census.testing.ConnectorFixture;
import census.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fires and stays quiet, for a few of the first rules; the catalog issue adds one per rule. */
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
    // The fixture's description repeats the title, so "Api" is reported there too.
    assertEquals(
        List.of("/info/title", "/info/title", "/info/description"),
        found.stream().map(Finding::jsonPointer).toList());
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
            .properties(p -> p.with("properties").put("iconBrandColor", "#007ee5"));
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
}
