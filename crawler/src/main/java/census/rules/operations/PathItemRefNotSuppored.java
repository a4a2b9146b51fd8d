package census.rules.operations;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "PathItemRefNotSuppored",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": PathItemRefNotSuppored",
    doc =
        "A path item is not a $ref to another: the platform does not resolve references there (the"
            + " code keeps the validator's spelling).",
    fix = "Write the operations into the path item itself.")
public final class PathItemRefNotSuppored implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    PathTemplates.eachPath(
        connector,
        (doc, path, pointer, item) -> {
          if (item.has("$ref")) {
            findings.at(doc, pointer + "/$ref", "path item " + path + " is a $ref");
          }
        });
  }
}
