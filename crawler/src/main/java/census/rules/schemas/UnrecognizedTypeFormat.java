package census.rules.schemas;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.SchemaWalk;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.Set;

@AutoService(Rule.class)
@RuleInfo(
    id = "UnrecognizedTypeFormat",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": UnrecognizedTypeFormat; "
            + Sources.A_TO_Z
            + ", \"The type/format 'integer/password' is not recognized\"; "
            + Sources.AUTHORING
            + ", \"Extended format types\"",
    doc =
        "A format belongs to its type: int32 and int64 for integer; float and double for number;"
            + " byte, binary, date, date-time, password and the platform's date-no-tz, email,"
            + " html, uri and uuid for string; none for boolean, array, object and file. The"
            + " validator reports other pairs (integer/password, string/guid) as a warning.",
    fix =
        "Use a format of the type (string/uuid rather than string/guid, number/double rather"
            + " than number/decimal), or remove the format.")
public final class UnrecognizedTypeFormat implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              for (SchemaWalk.Schema s : SwaggerObjects.typed(connector)) {
                JsonNode format = s.node().get("format");
                JsonNode type = s.node().get("type");
                if (format == null || type == null || !type.isTextual()) {
                  continue;
                }
                Set<String> known = SchemaTypes.FORMATS.get(type.asText());
                if (known != null && !(format.isTextual() && known.contains(format.asText()))) {
                  findings.at(
                      doc,
                      s.pointer() + "/format",
                      "the type/format '"
                          + type.asText()
                          + "/"
                          + format.asText()
                          + "' is not recognized");
                }
              }
            });
  }
}
