package census.rules.info;

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
import java.util.Set;

@AutoService(Rule.class)
@RuleInfo(
    id = "ExtensionNameNotValid",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": ExtensionNameNotValid; Swagger 2.0, \"Vendor Extensions\" (extensions start"
            + " with x-)",
    doc =
        "The definition's root, info, info.contact, info.license, externalDocs and tag objects"
            + " hold only the properties Swagger 2.0 defines for them and x- extensions; anything"
            + " else is a typo (\"basepath\") or an extension without its x- prefix, and is"
            + " ignored or rejected.",
    fix = "Correct the property's spelling, or prefix a vendor extension with x-.")
public final class ExtensionNameNotValid implements Rule {
  /** The fixed fields of each object Swagger 2.0 defines, by the object's pointer. */
  static final Map<String, Set<String>> FIELDS =
      Map.of(
          "",
          Set.of(
              "swagger",
              "info",
              "host",
              "basePath",
              "schemes",
              "consumes",
              "produces",
              "paths",
              "definitions",
              "parameters",
              "responses",
              "securityDefinitions",
              "security",
              "tags",
              "externalDocs"),
          "/info",
          Set.of("title", "description", "termsOfService", "contact", "license", "version"),
          "/info/contact",
          Set.of("name", "url", "email"),
          "/info/license",
          Set.of("name", "url"),
          "/externalDocs",
          Set.of("description", "url"));

  static final Set<String> TAG_FIELDS = Set.of("name", "description", "externalDocs");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              FIELDS.keySet().stream()
                  .sorted()
                  .forEach(pointer -> check(doc, pointer, FIELDS.get(pointer), findings));
              JsonNode tags = doc.tree().path("tags");
              for (int i = 0; i < tags.size(); i++) {
                check(doc, "/tags/" + i, TAG_FIELDS, findings);
              }
            });
  }

  private static void check(
      JsonDocument doc, String pointer, Set<String> fields, Findings findings) {
    for (Map.Entry<String, JsonNode> field : SwaggerWalk.fields(doc.tree().at(pointer))) {
      String name = field.getKey();
      if (fields.contains(name) || name.startsWith("x-")) {
        continue;
      }
      String where = pointer.isEmpty() ? "the root" : pointer;
      String hint =
          fields.stream()
              .filter(name::equalsIgnoreCase)
              .findFirst()
              .map(f -> "; did you mean \"" + f + "\"?")
              .orElse("; an extension must start with x-");
      findings.at(
          doc,
          pointer + "/" + JsonDocument.escape(name),
          "\"" + name + "\" is not a property of " + where + hint);
    }
  }
}
