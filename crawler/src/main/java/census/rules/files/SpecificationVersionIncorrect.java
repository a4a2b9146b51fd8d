package census.rules.files;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Enforcement;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "SpecificationVersionIncorrect",
    severity = Severity.ERROR,
    enforcedBy = Enforcement.FORMAT,
    rationale =
        "The platform and paconn import OpenAPI 2.0 only; an OpenAPI 3 document is refused (seed 004: \"OpenAPI 3.0 is NOT supported\").",
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": SpecificationVersionIncorrect; "
            + Sources.AUTHORING
            + ", \"Critical: Must be OpenAPI 2.0 (Swagger). OpenAPI 3.0 is NOT supported.\"",
    doc =
        "The definition is OpenAPI 2.0: its swagger property is the string \"2.0\". OpenAPI 3"
            + " documents (openapi: 3.x) are not accepted by the platform or paconn.",
    fix =
        "Set \"swagger\": \"2.0\"; convert an OpenAPI 3 document to Swagger 2.0 (for example with"
            + " an API management import/export) before submitting.")
public final class SpecificationVersionIncorrect implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definitionFile()
        .filter(doc -> doc.root().isPresent())
        .ifPresent(
            doc -> {
              JsonNode root = doc.tree();
              JsonNode openapi = root.path("openapi");
              JsonNode swagger = root.path("swagger");
              if (!openapi.isMissingNode() && swagger.isMissingNode()) {
                findings.at(
                    doc,
                    "/openapi",
                    "this is an OpenAPI "
                        + openapi.asText()
                        + " document; connectors must be Swagger 2.0 (\"swagger\": \"2.0\")");
              } else if (swagger.isMissingNode()) {
                findings.at(doc, "", "the swagger property is missing; it must be \"2.0\"");
              } else if (!swagger.isTextual() || !swagger.asText().equals("2.0")) {
                findings.at(
                    doc, "/swagger", "swagger is " + swagger + "; it must be the string \"2.0\"");
              }
            });
  }
}
