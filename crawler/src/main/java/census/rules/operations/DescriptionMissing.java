package census.rules.operations;

import census.connector.ConnectorContext;
import census.model.Severity;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "DescriptionMissing",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.AUTHORING
            + ", \"description— Required for every operation and parameter\"; "
            + Sources.CERTIFICATION
            + ", \"Define operation and parameter summaries and descriptions: Must exist\"",
    doc =
        "Every operation and parameter has a description: the designer shows it"
            + " as the action's and the field's help text. A body parameter, which the designer"
            + " shows as its schema's properties, and an internal parameter, which it hides, are"
            + " exempt.",
    fix = "Add \"description\": a full sentence saying what the operation does or the field holds.")
public final class DescriptionMissing implements Rule {
  @Override
  public void check(ConnectorContext connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          if (op.node().path("description").asText("").isBlank()) {
            findings.at(doc, op.pointer(), op.label() + " has no description");
          }
        });
    SwaggerWalk.eachWrittenParameter(
        connector,
        (doc, op, p) -> {
          if (!p.in().equals("body")
              && !p.internal()
              && p.node().path("description").asText("").isBlank()) {
            findings.at(
                doc,
                p.pointer(),
                "parameter \""
                    + p.name()
                    + "\" of "
                    + (p.pathLevel() ? "path " + op.path() : op.label())
                    + " has no description");
          }
        });
  }
}
