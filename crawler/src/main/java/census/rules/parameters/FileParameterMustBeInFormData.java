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
    id = "FileParameterMustBeInFormData",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": FileParameterMustBeInFormData",
    doc = "A parameter of type file is a formData parameter.",
    fix = "Set \"in\": \"formData\", or send the file as a body with a binary schema.")
public final class FileParameterMustBeInFormData implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachParameter(
        connector,
        (doc, op, p) -> {
          if ("file".equals(p.node().path("type").asText()) && !p.in().equals("formData")) {
            findings.at(
                doc,
                p.pointer(),
                "file parameter \"" + p.name() + "\" is in " + p.in() + ", not formData");
          }
        });
  }
}
