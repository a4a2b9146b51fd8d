package census.rules.operations;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@AutoService(Rule.class)
@RuleInfo(
    id = "PartialDuplicateOperationPath",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": PartialDuplicateOperationPath",
    doc =
        "Two operations with the same method and number of segments whose templates agree except"
            + " where one has a variable and the other static text (GET /items/{id} and GET"
            + " /items/count): a request whose parameter value equals the static text is routed to"
            + " the other operation. Reported on the operation with the variable.",
    fix = "Make the templates differ in a static segment, e.g. /items/{id} and /items-count.")
public final class PartialDuplicateOperationPath implements Rule {
  @Override
  @SuppressWarnings("ReferenceEquality") // another route of the bucket, not the route itself
  public void check(ConnectorIndex connector, Findings findings) {
    Map<String, List<PathTemplates.Route>> buckets = new LinkedHashMap<>();
    for (PathTemplates.Route r : PathTemplates.of(connector)) {
      buckets
          .computeIfAbsent(r.op().method() + " " + r.segments().size(), k -> new ArrayList<>())
          .add(r);
    }
    for (List<PathTemplates.Route> bucket : buckets.values()) {
      for (PathTemplates.Route r : bucket) {
        List<String> shadows = new ArrayList<>();
        for (PathTemplates.Route other : bucket) {
          if (other != r && shadowedBy(r.segments(), other.segments())) {
            shadows.add(other.op().path());
          }
        }
        if (!shadows.isEmpty()) {
          findings.at(
              connector.definition().orElseThrow(),
              r.op().pointer(),
              r.op().label()
                  + " can be routed to the operation of "
                  + String.join(", ", shadows)
                  + " when a path parameter's value matches its static segment");
        }
      }
    }
  }

  /**
   * True when every segment of {@code mine} equals {@code other}'s or is a bare variable where
   * {@code other} has static text, the latter at least once.
   */
  static boolean shadowedBy(List<String> mine, List<String> other) {
    boolean shadowed = false;
    for (int i = 0; i < mine.size(); i++) {
      String a = mine.get(i);
      String b = other.get(i);
      if (a.equals(b)) {
        continue;
      }
      if (a.equals(PathTemplates.VARIABLE) && !b.contains("{")) {
        shadowed = true;
      } else {
        return false;
      }
    }
    return shadowed;
  }
}
