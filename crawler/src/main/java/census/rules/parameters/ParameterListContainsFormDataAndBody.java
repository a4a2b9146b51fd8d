package census.rules.parameters;

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
    id = "ParameterListContainsFormDataAndBody",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": ParameterListContainsFormDataAndBody",
    doc =
        "An operation takes a body parameter or formData parameters, never both: they are two ways"
            + " of writing the one request body.",
    fix = "Keep one: a body schema, or form fields.")
public final class ParameterListContainsFormDataAndBody implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachRequest(
        connector,
        (doc, root, op, params) -> {
          if (params.stream().anyMatch(p -> p.in().equals("body"))) {
            params.stream()
                .filter(p -> p.in().equals("formData"))
                .findFirst()
                .ifPresent(
                    p ->
                        findings.at(
                            doc,
                            p.pointer(),
                            "formData parameter \"" + p.name() + "\" beside a body parameter"));
          }
        });
  }
}
