package census.rules.parameters;

import census.json.JsonDocument;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.Map;
import java.util.regex.Pattern;

@AutoService(Rule.class)
@RuleInfo(
    id = "ParameterReferenceNotValid",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": ParameterReferenceNotValid",
    doc =
        "A $ref in a parameter list (of a path item or an operation) has the form"
            + " #/parameters/NAME, NAME a valid JSON Pointer token (~ only as ~0 or ~1): references"
            + " into other sections, other files or URLs are not resolved. (A well-formed reference"
            + " to a parameter that does not exist is ParameterReferenceNotFound.)",
    fix = "Define the parameter under #/parameters and reference it as #/parameters/NAME.")
public final class ParameterReferenceNotValid implements Rule {
  private static final Pattern WELL_FORMED = Pattern.compile("#/parameters/([^/~]|~[01])+");

  /** True for a reference of the form {@code #/parameters/NAME}. */
  static boolean wellFormed(String ref) {
    return WELL_FORMED.matcher(ref).matches();
  }

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              for (Map.Entry<String, JsonNode> path :
                  SwaggerWalk.fields(doc.tree().path("paths"))) {
                String pointer = "/paths/" + JsonDocument.escape(path.getKey());
                check(doc, path.getValue().path("parameters"), pointer + "/parameters", findings);
                for (Map.Entry<String, JsonNode> op : SwaggerWalk.fields(path.getValue())) {
                  if (SwaggerWalk.METHODS.contains(op.getKey())) {
                    check(
                        doc,
                        op.getValue().path("parameters"),
                        pointer + "/" + op.getKey() + "/parameters",
                        findings);
                  }
                }
              }
            });
  }

  private static void check(JsonDocument doc, JsonNode list, String pointer, Findings findings) {
    for (int i = 0; i < list.size() && list.isArray(); i++) {
      JsonNode ref = list.get(i).path("$ref");
      if (!ref.isMissingNode() && !(ref.isTextual() && wellFormed(ref.asText()))) {
        findings.at(
            doc, pointer + "/" + i + "/$ref", "parameter reference " + ref + " is not valid");
      }
    }
  }
}
