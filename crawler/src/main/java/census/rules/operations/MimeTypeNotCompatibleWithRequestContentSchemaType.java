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
import java.util.List;

@AutoService(Rule.class)
@RuleInfo(
    id = "MimeTypeNotCompatibleWithRequestContentSchemaType",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": MimeTypeNotCompatibleWithRequestContentSchemaType",
    doc =
        "An operation with formData parameters consumes multipart/form-data or"
            + " application/x-www-form-urlencoded, the only ways to send form fields; one with a body"
            + " parameter consumes some type besides those two, which carry form fields rather than"
            + " a body schema. (No consumes at all is ConsumesMissing.)",
    fix =
        "Set consumes to the form types for formData parameters, or to the body's type (e.g."
            + " application/json) for a body parameter.")
public final class MimeTypeNotCompatibleWithRequestContentSchemaType implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachRequest(
        connector,
        (doc, root, op, params) -> {
          List<String> consumes = MimeTypes.effective(root, op, "consumes");
          if (consumes.isEmpty()) {
            return;
          }
          boolean form =
              consumes.contains(MimeTypes.MULTIPART_FORM)
                  || consumes.contains(MimeTypes.FORM_URLENCODED);
          boolean onlyForm =
              consumes.stream()
                  .allMatch(
                      c ->
                          c.equals(MimeTypes.MULTIPART_FORM)
                              || c.equals(MimeTypes.FORM_URLENCODED));
          for (SwaggerWalk.Parameter p : params) {
            if ((p.in().equals("formData") && !form) || (p.in().equals("body") && onlyForm)) {
              findings.at(
                  doc,
                  p.pointer(),
                  p.in()
                      + " parameter \""
                      + p.name()
                      + "\" cannot be sent as "
                      + String.join(", ", consumes));
              return;
            }
          }
        });
  }
}
