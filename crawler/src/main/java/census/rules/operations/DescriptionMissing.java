package census.rules.operations;

import census.model.Severity;
import census.rules.ConnectorIndex;
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
            + ", \"Define operation and parameter summaries and descriptions: Must exist\"; "
            + Sources.A_TO_Z
            + ", \"each parameter must have a description property, although the validator seems"
            + " to apply this rule inconsistently\"",
    doc =
        "Every operation and parameter the designer can show has a description: it is the"
            + " action's and the field's help text. A body parameter, which the designer shows as"
            + " its schema's properties, an internal parameter, and an internal operation (a"
            + " webhook's delete, a source of dynamic values) with its parameters, which no user"
            + " sees, are exempt.",
    fix = "Add \"description\": a full sentence saying what the operation does or the field holds.",
    version = 2)
public final class DescriptionMissing implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          if (!op.internal() && op.node().path("description").asText("").isBlank()) {
            findings.at(doc, op.pointer(), op.label() + " has no description");
          }
        });
    SwaggerWalk.eachWrittenParameter(
        connector,
        (doc, op, p) -> {
          if (!p.in().equals("body")
              && p.shown(doc.tree(), op)
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
