package census.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import census.model.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingKeyTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Finding at(String pointer, int line, String message) {
    return new Finding(
        "certified-connectors/X",
        "apiDefinition.swagger.json",
        "R",
        Severity.ERROR,
        pointer,
        line,
        3,
        message);
  }

  @Test
  void withoutTheDocumentArrayIndexesAreStars() {
    assertEquals(
        "/paths/~1a/get/parameters/*/x-ms-summary",
        FindingKey.of(at("/paths/~1a/get/parameters/3/x-ms-summary", 10, "m")).path());
  }

  @Test
  void withTheDocumentAParameterIsNamedByNameAndPlace() throws Exception {
    JsonNode root =
        JSON.readTree(
            "{\"paths\":{\"/a\":{\"get\":{\"parameters\":[{\"name\":\"top\",\"in\":\"query\"},"
                + "{\"name\":\"id\",\"in\":\"path\"}],\"tags\":[\"x\",\"y\"]}}}}");
    assertEquals(
        "/paths/~1a/get/parameters/[id@path]/x-ms-summary",
        FindingKey.of(
                at("/paths/~1a/get/parameters/1/x-ms-summary", 9, "m"), f -> Optional.of(root))
            .path());
    assertEquals(
        "/paths/~1a/get/tags/[y]",
        FindingKey.of(at("/paths/~1a/get/tags/1", 9, "m"), f -> Optional.of(root)).path());
  }

  @Test
  void linesDoNotMatterAndMultiplesAreCounted() {
    List<Finding> before = List.of(at("/info/title", 3, "a"), at("/info/title", 3, "a"));
    List<Finding> now =
        List.of(
            at("/info/title", 30, "a"),
            at("/info/title", 31, "a"),
            at("/info/title", 32, "a"),
            at("/info", 1, "b"));
    assertEquals(List.of(now.get(2), now.get(3)), FindingKey.newIn(now, before, FindingKey::of));
  }

  @Test
  void theCountOfUnlistedFindingsIsNotPartOfTheKey() {
    assertEquals(
        FindingKey.of(at("", 0, "7 more findings of this rule in this connector are not listed")),
        FindingKey.of(at("", 0, "9 more findings of this rule in this connector are not listed")));
    assertNotEquals(FindingKey.of(at("/a", 0, "x")), FindingKey.of(at("/b", 0, "x")));
  }

  @Test
  void theFacetIsTheLastNamedStepOrTheFile() {
    assertEquals("description", FindingKey.of(at("/info/description", 1, "m")).facet());
    assertEquals(
        "x-ms-summary",
        FindingKey.of(at("/paths/~1a/get/parameters/0/x-ms-summary", 1, "m")).facet());
    assertEquals("parameters", FindingKey.of(at("/paths/~1a/get/parameters/0", 1, "m")).facet());
    assertEquals("apiDefinition.swagger.json", FindingKey.of(at("", 0, "m")).facet());
    // Names the author chose are not facets: a rule's facets stay few.
    assertEquals(
        "properties", FindingKey.of(at("/definitions/Fat/properties/Fat, Total", 1, "m")).facet());
    assertEquals("get", FindingKey.of(at("/paths/~1a/get", 1, "m")).facet());
    assertEquals("definitions", FindingKey.of(at("/definitions/Fat", 1, "m")).facet());
  }
}
