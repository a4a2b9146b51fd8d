package census.rules.operations;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.MimeTypes;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "ConsumesMissing",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": ConsumesMissing",
    doc =
        "An operation with formData parameters says in what MIME type they are sent: its consumes,"
            + " or the root's it inherits, lists at least one (multipart/form-data or"
            + " application/x-www-form-urlencoded; form fields have no default encoding). A body"
            + " parameter without consumes is sent as application/json: the platform's own export"
            + " writes \"consumes\": [] and well over a hundred certified connectors take a body that"
            + " way, so Census does not report it.",
    fix =
        "Add consumes, e.g. [\"multipart/form-data\"], to the operation or the definition's root.")
public final class ConsumesMissing implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachRequest(
        connector,
        (doc, root, op, params) -> {
          if (MimeTypes.effective(root, op, "consumes").isEmpty()
              && params.stream().anyMatch(p -> p.in().equals("formData"))) {
            findings.at(
                doc, op.pointer(), op.label() + " sends form data but consumes no MIME type");
          }
        });
  }
}
