package census.rules.operations;

import census.connector.ConnectorContext;
import census.model.Severity;
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
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": ConsumesMissing",
    doc =
        "An operation that sends a body or form data says in what MIME type: its consumes, or the"
            + " root's it inherits, lists at least one.",
    fix = "Add consumes, e.g. [\"application/json\"], to the operation or the definition's root.")
public final class ConsumesMissing implements Rule {
  @Override
  public void check(ConnectorContext connector, Findings findings) {
    SwaggerWalk.eachRequest(
        connector,
        (doc, root, op, params) -> {
          if (MimeTypes.effective(root, op, "consumes").isEmpty()
              && params.stream()
                  .anyMatch(p -> p.in().equals("body") || p.in().equals("formData"))) {
            findings.at(
                doc,
                op.pointer(),
                op.method().toUpperCase(java.util.Locale.ROOT)
                    + " "
                    + op.path()
                    + " sends a request body but consumes no MIME type");
          }
        });
  }
}
