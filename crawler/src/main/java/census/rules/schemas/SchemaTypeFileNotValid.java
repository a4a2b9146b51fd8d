package census.rules.schemas;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "SchemaTypeFileNotValid",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": SchemaTypeFileNotValid; Swagger 2.0 (\"type: file\")",
    doc =
        "A schema of type file stands only as the schema of a response itself (or a definition"
            + " that is not part of a request): Swagger 2.0 allows file in formData parameters"
            + " and root response schemas, not in a body, a property or an array item.",
    fix =
        "For a request, use a formData parameter of type file, or a body of type string with"
            + " format binary; inside an object use string with format byte.")
public final class SchemaTypeFileNotValid implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SchemaGraph.eachSchema(
        connector,
        (doc, graph, s) -> {
          if (!"file".equals(s.node().path("type").asText())) {
            return;
          }
          boolean allowed =
              SchemaPlaces.isResponseRoot(s.pointer())
                  || (SchemaPlaces.isDefinitionRoot(s.pointer()) && !graph.isInput(s));
          if (!allowed) {
            findings.at(
                doc,
                s.pointer(),
                graph.isInput(s)
                    ? "type file in a request body schema"
                    : "type file below the top of a response schema");
          }
        });
  }
}
