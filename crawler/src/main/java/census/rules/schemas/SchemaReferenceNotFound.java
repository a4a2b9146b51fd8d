package census.rules.schemas;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Enforcement;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.SchemaWalk;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "SchemaReferenceNotFound",
    severity = Severity.ERROR,
    enforcedBy = Enforcement.FORMAT,
    rationale =
        "A $ref that resolves to nothing makes the definition invalid Swagger 2.0: import cannot build the schema.",
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": SchemaReferenceNotFound",
    doc =
        "A schema $ref names a definition that exists under #/definitions; references outside the file are not allowed.",
    fix = "Define the schema under definitions, or fix the reference.")
public final class SchemaReferenceNotFound implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SchemaWalk.eachSchema(
        connector,
        (doc, s) -> {
          String ref = s.node().path("$ref").asText(null);
          if (ref != null && census.rules.SwaggerWalk.local(doc.tree(), ref).isEmpty()) {
            findings.at(
                doc,
                s.pointer() + "/$ref",
                "schema reference " + ref + " does not resolve within the file");
          }
        });
  }
}
