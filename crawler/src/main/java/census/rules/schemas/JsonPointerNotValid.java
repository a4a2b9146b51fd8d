package census.rules.schemas;

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
    id = "JsonPointerNotValid",
    severity = Severity.ERROR,
    enforcedBy = Enforcement.FORMAT,
    rationale =
        "A $ref whose fragment is not a JSON pointer cannot be resolved by any Swagger 2.0 reader.",
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": JsonPointerNotValid; RFC 6901",
    doc =
        "A $ref of a path item, parameter, response or schema is a string whose fragment is a"
            + " JSON pointer: empty or starting with /, with ~ only in the escapes ~0 and ~1"
            + " (#definitions/Item lacks the slash; a / inside a name is written ~1).",
    fix = "Write the reference as #/definitions/Name, escaping ~ as ~0 and / as ~1 in names.")
public final class JsonPointerNotValid implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerObjects.eachObject(
        connector,
        (doc, o) -> {
          JsonNode ref = o.node().get("$ref");
          if (ref == null) {
            return;
          }
          String problem = problem(ref);
          if (problem != null) {
            findings.at(doc, o.pointer() + "/$ref", problem);
          }
        });
  }

  /** What is wrong with a reference, or null when its pointer is well formed. */
  static String problem(JsonNode ref) {
    if (!ref.isTextual()) {
      return "$ref is " + SchemaTypes.jsonType(ref) + ", not a string";
    }
    String text = ref.asText();
    int hash = text.indexOf('#');
    if (text.isEmpty()) {
      return "$ref is empty";
    }
    if (hash < 0) {
      return null; // a whole other document: SchemaReferenceNotFound reports it
    }
    String pointer = text.substring(hash + 1);
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      return "the pointer \"" + pointer + "\" of $ref " + text + " does not start with /";
    }
    for (int i = pointer.indexOf('~'); i >= 0; i = pointer.indexOf('~', i + 1)) {
      if (i + 1 >= pointer.length()
          || (pointer.charAt(i + 1) != '0' && pointer.charAt(i + 1) != '1')) {
        return "$ref " + text + " holds ~ outside the escapes ~0 and ~1";
      }
    }
    return null;
  }
}
