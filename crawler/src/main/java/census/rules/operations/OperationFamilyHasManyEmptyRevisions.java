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
    id = "OperationFamilyHasManyEmptyRevisions",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationFamilyHasManyEmptyRevisions",
    doc = "At most one operation of an x-ms-api-annotation family has no revision.",
    fix = "Give every operation of the family but the first a revision.")
public final class OperationFamilyHasManyEmptyRevisions implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    for (var family : ApiFamilies.of(connector).entrySet()) {
      List<ApiFamilies.Member> members = family.getValue();
      List<ApiFamilies.Member> empty = members.stream().filter(m -> m.revision() == null).toList();
      for (int i = 1; i < empty.size(); i++) {
        findings.at(
            connector.definition().orElseThrow(),
            empty.get(i).annotation(),
            "family " + family.getKey() + " has " + empty.size() + " operations without revision");
      }
    }
  }
}
