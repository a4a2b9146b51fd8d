package census.rules.schemas;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.SchemaWalk;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "InvalidStringBinaryProperty",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": InvalidStringBinaryProperty",
    doc =
        "type string with format binary (raw file content) stands only where the content is the"
            + " whole payload: the schema of a body parameter or of a response itself, a"
            + " definition used as one, or a formData parameter. A property, array item or"
            + " query, header or path parameter cannot carry raw bytes inside JSON or a URL.",
    fix =
        "Use format byte (base64) for file content inside a JSON object, or make the binary"
            + " content the whole body.")
public final class InvalidStringBinaryProperty implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              for (SchemaWalk.Schema s : SwaggerObjects.typed(connector)) {
                if (!"string".equals(s.node().path("type").asText())
                    || !"binary".equals(s.node().path("format").asText())) {
                  continue;
                }
                String in = s.node().path("in").asText(null);
                boolean allowed =
                    in != null
                        ? in.equals("formData")
                        : SchemaPlaces.isParameterRoot(s.pointer())
                            || SchemaPlaces.isResponseRoot(s.pointer())
                            || SchemaPlaces.isDefinitionRoot(s.pointer());
                if (!allowed) {
                  findings.at(
                      doc,
                      s.pointer(),
                      in != null
                          ? "string/binary in a " + in + " parameter"
                          : "string/binary below the top of a body or response schema");
                }
              }
            });
  }
}
