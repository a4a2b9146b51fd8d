package census.rules.extensions;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "DynamicTreeExtensionMissing",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": DynamicTreeExtensionMissing",
    doc =
        "A parameter that offers the file picker (x-ms-dynamic-values with "
            + "\"capability\": \"file-picker\") also describes the tree to browse with "
            + "x-ms-dynamic-tree.",
    fix =
        "Add x-ms-dynamic-tree with its open and browse operations beside "
            + "x-ms-dynamic-values.")
public final class DynamicTreeExtensionMissing implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Extensions.eachOccurrence(
        connector,
        Extensions.DYNAMIC_VALUES,
        (ext, o) -> {
          if (o.value().path("capability").asText("").equals("file-picker")
              && !o.owner().has(Extensions.DYNAMIC_TREE)) {
            findings.at(
                ext.doc(), o.pointer(), "the file picker is offered without x-ms-dynamic-tree");
          }
        });
  }
}
