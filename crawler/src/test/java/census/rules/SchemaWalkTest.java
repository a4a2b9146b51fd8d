package census.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaWalkTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void refCyclesAreVisitedOnceWhereDefinedAndNotFollowed() {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode defs = root.putObject("definitions");
    defs.putObject("A").putObject("properties").putObject("b").put("$ref", "#/definitions/B");
    defs.putObject("B").putObject("properties").putObject("a").put("$ref", "#/definitions/A");
    List<String> pointers = SchemaWalk.all(root).stream().map(SchemaWalk.Schema::pointer).toList();
    assertEquals(
        List.of(
            "/definitions/A",
            "/definitions/A/properties/b",
            "/definitions/B",
            "/definitions/B/properties/a"),
        pointers);
  }

  @Test
  void hostileNestingStopsAtTheDepthLimit() {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode schema = root.putObject("definitions").putObject("Deep");
    for (int i = 0; i < 1_000; i++) {
      schema = schema.putObject("properties").putObject("p");
    }
    List<SchemaWalk.Schema> schemas = SchemaWalk.all(root);
    assertEquals(SchemaWalk.MAX_DEPTH + 1, schemas.size());
    assertTrue(schemas.stream().allMatch(s -> s.pointer().startsWith("/definitions/Deep")));
  }
}
