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
    id = "OperationRevisionEmpty",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationRevisionEmpty",
    doc =
        "Every operation that names an x-ms-api-annotation family gives its revision, so the designer"
            + " can tell the versions apart.",
    fix = "Add \"revision\": 1 (or the operation's revision) beside the family.")
public final class OperationRevisionEmpty implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    for (var family : ApiFamilies.of(connector).entrySet()) {
      List<ApiFamilies.Member> members = family.getValue();
      for (ApiFamilies.Member m : members) {
        if (m.revision() == null) {
          findings.at(
              connector.definition().orElseThrow(),
              m.annotation(),
              m.op().operationId() + " in family " + family.getKey() + " has no revision");
        }
      }
    }
  }
}
