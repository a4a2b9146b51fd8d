package census.rules.schemas;

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

@AutoService(Rule.class)
@RuleInfo(
    id = "AdditionalPropertyNotAllowed",
    severity = Severity.ERROR,
    version = 2, // "an operation" (was "a operation")
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": AdditionalPropertyNotAllowed; Swagger 2.0 (the fields of each object)",
    doc =
        "Path items, operations, parameters, responses, headers, items and schemas hold only the"
            + " fields Swagger 2.0 defines for them and x- extensions (ExtensionNameNotValid checks"
            + " the root, info and tags the same way; SwaggerKeywordNotSupported reports JSON Schema"
            + " and OpenAPI 3 keywords such as oneOf and nullable). A field elsewhere is a typo"
            + " (\"descripton\"), or belongs to another object (\"readOnly\" on a parameter).",
    fix = "Remove the field, correct its spelling, or prefix a vendor extension with x-.")
public final class AdditionalPropertyNotAllowed implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerObjects.eachObject(
        connector,
        (doc, o) -> {
          Map<String, SwaggerFields.Json> fields = SwaggerFields.FIELDS.get(o.kind());
          for (Map.Entry<String, JsonNode> f : SwaggerWalk.fields(o.node())) {
            String name = f.getKey();
            if (fields.containsKey(name)
                || name.startsWith("x-")
                || (o.kind() == SwaggerObjects.Kind.SCHEMA
                    && SwaggerFields.UNSUPPORTED_KEYWORDS.contains(name))) {
              continue;
            }
            findings.at(
                doc,
                o.pointer() + "/" + JsonDocument.escape(name),
                "\"" + name + "\" is not a field of " + article(o.kind()));
          }
        });
  }

  /** The object's kind with its article: "an operation", "a path item". */
  private static String article(SwaggerObjects.Kind kind) {
    String name = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return (kind == SwaggerObjects.Kind.OPERATION ? "an " : "a ") + name;
  }
}
