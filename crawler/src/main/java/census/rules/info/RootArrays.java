package census.rules.info;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The arrays of a definition's root that hold strings: schemes, consumes and produces. */
final class RootArrays {
  static final List<String> STRING_ARRAYS = List.of("schemes", "consumes", "produces");

  private RootArrays() {}

  /** One element of a root array, with its pointer. */
  record Element(String array, int index, JsonNode value) {
    String pointer() {
      return "/" + array + "/" + index;
    }
  }

  /** The elements of the root array {@code name}, or none when it is missing or not an array. */
  static List<Element> elements(JsonNode root, String name) {
    List<Element> elements = new ArrayList<>();
    JsonNode array = root.path(name);
    if (array.isArray()) {
      for (int i = 0; i < array.size(); i++) {
        elements.add(new Element(name, i, array.get(i)));
      }
    }
    return elements;
  }
}
