package census.rules.info;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;
import com.google.common.net.MediaType;
import java.util.List;

@AutoService(Rule.class)
@RuleInfo(
    id = "MimeTypeNotValid",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": MimeTypeNotValid; Swagger 2.0, \"Mime Types\" (RFC 6838)",
    doc =
        "Every value of the root consumes and produces arrays is a well-formed MIME type such as"
            + " application/json: a type, a slash, a subtype and optional parameters.",
    fix = "Correct the value, e.g. \"json\" becomes \"application/json\".")
public final class MimeTypeNotValid implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              for (String array : List.of("consumes", "produces")) {
                for (RootArrays.Element e : RootArrays.elements(doc.tree(), array)) {
                  if (!e.value().isTextual() || !valid(e.value().asText())) {
                    findings.at(
                        doc, e.pointer(), e.value() + " in " + array + " is not a valid MIME type");
                  }
                }
              }
            });
  }

  static boolean valid(String value) {
    try {
      MediaType.parse(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
