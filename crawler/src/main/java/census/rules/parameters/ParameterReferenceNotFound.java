package census.rules.parameters;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Enforcement;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "ParameterReferenceNotFound",
    severity = Severity.ERROR,
    enforcedBy = Enforcement.FORMAT,
    rationale =
        "A $ref that resolves to nothing makes the definition invalid Swagger 2.0: import cannot build the parameter.",
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": ParameterReferenceNotFound",
    doc = "A parameter $ref names a parameter defined under #/parameters.",
    fix = "Define the parameter, or fix the reference.",
    version = 2)
public final class ParameterReferenceNotFound implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          com.fasterxml.jackson.databind.JsonNode params = op.node().path("parameters");
          for (int i = 0; i < params.size(); i++) {
            String ref = params.get(i).path("$ref").asText(null);
            if (ref != null
                && ParameterReferenceNotValid.wellFormed(ref)
                && SwaggerWalk.local(root, ref).isEmpty()) {
              findings.at(
                  doc,
                  op.pointer() + "/parameters/" + i + "/$ref",
                  "parameter reference " + ref + " does not resolve");
            }
          }
        });
  }
}
