package census.rules.operations;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;
import java.util.List;

@AutoService(Rule.class)
@RuleInfo(
    id = "OperationFamilyHasManyActiveOperations",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationFamilyHasManyActiveOperations",
    doc =
        "An x-ms-api-annotation family has at most two operations that are not deprecated: older"
            + " revisions are marked deprecated: true.",
    fix = "Mark the older revisions deprecated: true.")
public final class OperationFamilyHasManyActiveOperations implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    for (var family : ApiFamilies.of(connector).entrySet()) {
      List<ApiFamilies.Member> members = family.getValue();
      List<ApiFamilies.Member> active = members.stream().filter(m -> !m.deprecated()).toList();
      for (int i = 2; i < active.size(); i++) {
        findings.at(
            connector.definition().orElseThrow(),
            active.get(i).annotation(),
            "family "
                + family.getKey()
                + " has "
                + active.size()
                + " operations that are not deprecated; at most two are allowed");
      }
    }
  }
}
