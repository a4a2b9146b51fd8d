package census.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import census.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FindingSummaryTest {
  private static Finding at(String rule, Severity severity, String pointer, int line, String msg) {
    return new Finding(
        "certified-connectors/X",
        "apiDefinition.swagger.json",
        rule,
        severity,
        pointer,
        line,
        1,
        msg);
  }

  @Test
  void countsBySeverity() {
    FindingSummary s =
        FindingSummary.of(
            List.of(
                at("E", Severity.ERROR, "/a", 1, "m"),
                at("E", Severity.ERROR, "/a", 2, "m"),
                at("W", Severity.WARNING, "/b", 3, "m"),
                at("I", Severity.INFO, "", 0, "m")));
    assertEquals(4, s.size());
    assertEquals(2, s.count(Severity.ERROR));
    assertEquals(1, s.count(Severity.WARNING));
    assertEquals(1, s.count(Severity.INFO));
  }

  @Test
  void newFindingsAreCountedAsFindingKeyNewInCountsThem() {
    List<Finding> before =
        List.of(
            at("E", Severity.ERROR, "/info/title", 3, "a"),
            at("E", Severity.ERROR, "/info/title", 3, "a"));
    List<Finding> now =
        List.of(
            at("E", Severity.ERROR, "/info/title", 30, "a"),
            at("E", Severity.ERROR, "/info/title", 31, "a"),
            at("E", Severity.ERROR, "/info/title", 32, "a"),
            at("W", Severity.WARNING, "/paths/~1a/get/parameters/4/x", 1, "b"));
    FindingSummary head = FindingSummary.of(now);
    FindingSummary base = FindingSummary.of(before);
    assertEquals(1, head.countNewAgainst(base, Severity.ERROR));
    assertEquals(1, head.countNewAgainst(base, Severity.WARNING));
    // The same parameter at another index is the same violation.
    FindingSummary moved =
        FindingSummary.of(
            List.of(at("W", Severity.WARNING, "/paths/~1a/get/parameters/0/x", 9, "b")));
    assertEquals(0, moved.countNewAgainst(head, Severity.WARNING));
    assertEquals(0, base.countNewAgainst(head, Severity.ERROR));
    assertEquals(3, head.countNewAgainst(FindingSummary.EMPTY, Severity.ERROR));
  }

  @Test
  void agreesWithFindingKeyNewInOnRandomVersions() {
    Random random = new Random(7);
    Severity[] severities = Severity.values();
    for (int round = 0; round < 200; round++) {
      List<Finding> base = randomFindings(random, severities);
      List<Finding> head = randomFindings(random, severities);
      List<Finding> fresh = FindingKey.newIn(head, base, FindingKey::of);
      FindingSummary summary = FindingSummary.of(head);
      for (Severity s : severities) {
        assertEquals(
            fresh.stream().filter(f -> f.severity() == s).count(),
            summary.countNewAgainst(FindingSummary.of(base), s),
            "round " + round + ", " + s);
      }
      FindingSummary both = FindingSummary.of(base).plus(summary);
      assertEquals(base.size() + head.size(), both.size());
    }
  }

  private static List<Finding> randomFindings(Random random, Severity[] severities) {
    List<Finding> out = new ArrayList<>();
    for (int i = random.nextInt(12); i > 0; i--) {
      int rule = random.nextInt(4);
      // A rule has one severity, as in a catalog.
      out.add(
          at(
              "R" + rule,
              severities[rule % severities.length],
              "/p/" + random.nextInt(3),
              random.nextInt(100),
              "m" + random.nextInt(2)));
    }
    return out;
  }
}
