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
    id = "SchemesMissing",
    severity = Severity.WARNING,
    replaces = {"HttpsOnly"},
    files = {"apiDefinition.swagger.json"},
    source = Sources.AUTHORING + ", \"schemes\"",
    doc =
        "The definition says which scheme its service speaks: schemes is a non-empty array,"
            + " [\"https\"].",
    fix = "Add \"schemes\": [\"https\"].")
public final class SchemesMissing implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .filter(doc -> doc.root().isPresent())
        .filter(doc -> doc.tree().path("schemes").isMissingNode())
        .ifPresent(doc -> findings.at(doc, "", "schemes is missing; it should be [\"https\"]"));
  }
}
