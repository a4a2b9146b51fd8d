package census.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a parser records besides the nodes it builds: where each key and value lies, and the faults
 * it found. Both the strict and the recovering parser fill one, so their documents answer alike.
 */
class Tree {
  @SuppressWarnings(
      "IdentityHashMapUsage") // by node identity: equal subtrees sit at different places
  final Map<JsonNode, int[]> children = new IdentityHashMap<>();

  final List<Fault> faults = new ArrayList<>();
  int rootStart;
  int rootEnd;

  /**
   * The positions of one container's children in child order, three offsets each: key start (-1 in
   * an array), value start and value end.
   */
  static final class Slots {
    private int[] at = new int[12];
    private int n;

    private int add() {
      if (3 * n == at.length) {
        at = Arrays.copyOf(at, at.length * 2);
      }
      return n++;
    }

    private void set(int index, int keyStart, int start, int end) {
      at[3 * index] = keyStart;
      at[3 * index + 1] = start;
      at[3 * index + 2] = end;
    }
  }

  /** Adds an object member; a key named again keeps its first place and takes the last value. */
  final void member(
      ObjectNode object,
      Slots slots,
      String name,
      JsonNode value,
      int keyStart,
      int start,
      int end) {
    int index;
    if (object.replace(name, value) != null) {
      faults.add(
          new Fault(
              SyntaxIssue.Kind.DUPLICATE_KEY,
              "duplicate key \"" + name + "\"; the last value wins",
              keyStart));
      index = JsonDocument.childIndex(object, name);
    } else {
      index = slots.add();
    }
    slots.set(index, keyStart, start, end);
  }

  final void element(Slots slots, int start, int end) {
    slots.set(slots.add(), -1, start, end);
  }

  final void close(JsonNode container, Slots slots) {
    children.put(container, Arrays.copyOf(slots.at, 3 * slots.n));
  }

  JsonDocument.Positions positions() {
    return new JsonDocument.Positions(rootStart, rootEnd, children);
  }
}
