package census.rules.operations;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

@AutoService(Rule.class)
@RuleInfo(
    id = "DuplicateOperationPath",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": DuplicateOperationPath",
    doc =
        "No two operations with the same method have path templates that differ only in the names"
            + " of their variables (GET /items/{id} and GET /items/{itemId}): a request cannot be"
            + " routed to one of them. Static text is compared ignoring case.",
    fix = "Give the operations a difference in their static path segments, or merge them.")
public final class DuplicateOperationPath implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Map<String, PathTemplates.Route> first = new HashMap<>();
    for (PathTemplates.Route route : PathTemplates.of(connector)) {
      PathTemplates.Route earlier =
          first.putIfAbsent(route.op().method() + " " + route.template(), route);
      // The same path spelled in other letter case is PathRedefined's.
      if (earlier != null
          && !earlier
              .op()
              .path()
              .toLowerCase(Locale.ROOT)
              .equals(route.op().path().toLowerCase(Locale.ROOT))) {
        findings.at(
            connector.definition().orElseThrow(),
            route.op().pointer(),
            route.op().label() + " cannot be told apart from " + earlier.op().label());
      }
    }
  }
}
