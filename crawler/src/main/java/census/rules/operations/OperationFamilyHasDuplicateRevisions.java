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
    id = "OperationFamilyHasDuplicateRevisions",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationFamilyHasDuplicateRevisions",
    doc = "No two operations of one x-ms-api-annotation family share a revision.",
    fix = "Give each operation of the family its own revision number.")
public final class OperationFamilyHasDuplicateRevisions implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    for (var family : ApiFamilies.of(connector).entrySet()) {
      List<ApiFamilies.Member> members = family.getValue();
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (ApiFamilies.Member m : members) {
        if (m.revision() != null && !seen.add(m.revision())) {
          findings.at(
              connector.definition().orElseThrow(),
              m.annotation() + "/revision",
              "family " + family.getKey() + " has revision " + m.revision() + " twice");
        }
      }
    }
  }
}
